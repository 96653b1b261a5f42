"""English texts made offline: a small seeded grammar for training, Harvard sentences for evaluation.

The Harvard sentences (IEEE 1969, public domain) are phonetically balanced and never appear in
training, so evaluation runs on texts the model has not heard.
"""

from __future__ import annotations

import numpy as np

_NOUNS = ["time", "people", "way", "water", "day", "man", "woman", "child", "world", "school", "family", "student", "group", "country", "problem", "hand", "part", "place", "case", "week", "company", "system", "program", "question", "work", "government", "number", "night", "point", "home", "room", "mother", "area", "money", "story", "fact", "month", "lot", "right", "study", "book", "eye", "job", "word", "business", "issue", "side", "kind", "head", "house", "service", "friend", "father", "power", "hour", "game", "line", "end", "member", "law", "car", "city", "community", "name", "president", "team", "minute", "idea", "kid", "body", "information", "back", "parent", "face", "others", "level", "office", "door", "health", "person", "art", "war", "history", "party", "result", "change", "morning", "reason", "research", "girl", "guy", "moment", "air", "teacher", "force", "education", "foot", "boy", "age", "policy", "music", "bird", "river", "garden", "phone", "window", "apple", "bread", "coffee", "cheese", "sugar", "table", "chair", "paper", "pencil", "bottle", "shoe", "jacket", "ocean", "mountain", "village", "bridge", "engine", "rocket", "planet", "robot", "doctor", "pilot", "singer", "farmer", "judge", "thief", "queen", "monkey", "tiger", "zebra", "puzzle", "violin", "thunder", "shadow", "whisper", "rhythm", "measure", "pleasure", "treasure", "vision"]
_ADJS = ["good", "new", "first", "last", "long", "great", "little", "own", "other", "old", "right", "big", "high", "different", "small", "large", "next", "early", "young", "important", "few", "public", "bad", "same", "able", "quick", "lazy", "bright", "dark", "heavy", "quiet", "loud", "smooth", "rough", "cheap", "strange", "yellow", "purple", "orange", "green", "blue", "red", "warm", "cold", "fresh", "sharp", "gentle", "brave", "clever", "happy", "angry", "hungry", "sleepy", "famous", "careful", "beautiful", "wooden", "frozen", "golden"]
_VERBS = ["found", "saw", "took", "made", "kept", "wanted", "gave", "used", "told", "asked", "needed", "felt", "brought", "began", "showed", "heard", "played", "moved", "liked", "believed", "held", "wrote", "stood", "lost", "paid", "met", "learned", "changed", "led", "understood", "watched", "followed", "stopped", "created", "spoke", "read", "spent", "grew", "opened", "walked", "won", "offered", "remembered", "loved", "considered", "bought", "waited", "served", "sent", "built", "stayed", "fell", "cut", "reached", "killed", "raised", "passed", "sold", "decided", "returned", "explained", "hoped", "developed", "carried", "broke", "received", "agreed", "pushed", "pulled", "fixed", "chose", "painted", "washed", "cooked", "measured", "judged", "punched", "shouted", "whispered"]
_ADVS = ["quickly", "slowly", "quietly", "loudly", "carefully", "happily", "suddenly", "finally", "always", "never", "often", "really", "almost", "nearly", "simply", "clearly", "easily", "gently", "badly", "early", "later", "together", "again"]
_NAMES = ["Anna", "Boris", "Carlos", "Diana", "Edward", "Fatima", "George", "Helen", "Ivan", "Judy", "Kevin", "Laura", "Mohammed", "Nora", "Oscar", "Paula", "Quentin", "Rachel", "Samuel", "Tanya", "Victor", "Wendy", "Yusuf", "Zoe"]
_PLACES = ["London", "Paris", "Tokyo", "Chicago", "Berlin", "Madrid", "Cairo", "Sydney", "Toronto", "Mumbai", "Oslo", "Lima", "Nairobi", "Boston", "Dublin", "Vienna"]
_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "ninety", "hundred"]
_TEMPLATES = (
    "The {adj} {noun} {verb} the {noun2}.",
    "{name} {verb} a {adj} {noun} in {place}.",
    "Why did {name} {verb_base} the {noun} {adv}?",
    "We {verb} {num} {noun}s, and then {name} {verb2} them {adv}.",
    "Is the {noun} really {adj}?",
    "{name}, please bring the {adj} {noun} to the {noun2}.",
    "After the {noun}, the {adj} {noun2} {verb} {adv}.",
    "I think the {noun} {verb} my {adj} {noun2}.",
    "There were {num} {adj} {noun}s near the {noun2} in {place}.",
    "Oh, {name}! You {verb} the {noun} again?",
    "{name} {adv} {verb} that the {noun} was {adj}.",
    "Look at the {adj} {noun}; it {verb} the {noun2} {adv}.",
    "My {noun} is {adj}, but your {noun2} is {adj2}.",
    "When {name} {verb} {place}, everyone {verb2} the {adj} {noun}.",
)
_BASE = {"found": "find", "saw": "see", "took": "take", "made": "make", "gave": "give",
         "told": "tell", "felt": "feel", "brought": "bring", "began": "begin", "heard": "hear",
         "held": "hold", "wrote": "write", "stood": "stand", "lost": "lose", "paid": "pay",
         "met": "meet", "led": "lead", "understood": "understand", "spoke": "speak",
         "read": "read", "spent": "spend", "grew": "grow", "won": "win", "bought": "buy",
         "sent": "send", "built": "build", "fell": "fall", "cut": "cut", "sold": "sell",
         "broke": "break", "chose": "choose", "kept": "keep", "showed": "show"}  # fmt: skip


def _base(verb: str) -> str:
    if verb in _BASE:
        return _BASE[verb]
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    if verb.endswith("ed"):
        stem = verb[:-2] if not verb.endswith("eed") else verb[:-1]
        return stem + "e" if verb[:-2].endswith(("at", "iv", "ov", "ang", "ush", "as", "ul")) else stem
    return verb


def generated_sentences(count: int, seed: int) -> list[str]:
    """``count`` grammatical, varied English sentences (1–3 joined), reproducible from ``seed``."""
    rng = np.random.default_rng(seed)

    def pick(words: list[str]) -> str:
        return str(words[int(rng.integers(len(words)))])

    out = []
    for _ in range(count):
        parts = []
        for _ in range(int(rng.integers(1, 4))):
            verb = pick(_VERBS)
            template = _TEMPLATES[int(rng.integers(len(_TEMPLATES)))]
            text = template.format(
                adj=pick(_ADJS), adj2=pick(_ADJS), noun=pick(_NOUNS), noun2=pick(_NOUNS),
                verb=verb, verb2=pick(_VERBS), verb_base=_base(verb), adv=pick(_ADVS),
                name=pick(_NAMES), place=pick(_PLACES), num=pick(_NUMBERS),
            )
            parts.append(text[0].upper() + text[1:])
        out.append(" ".join(parts))
    return out


HARVARD = (
    "The birch canoe slid on the smooth planks.", "Glue the sheet to the dark blue background.",
    "It's easy to tell the depth of a well.", "These days a chicken leg is a rare dish.",
    "Rice is often served in round bowls.", "The juice of lemons makes fine punch.",
    "The box was thrown beside the parked truck.", "The hogs were fed chopped corn and garbage.",
    "Four hours of steady work faced us.", "A large size in stockings is hard to sell.",
    "The boy was there when the sun rose.", "A rod is used to catch pink salmon.",
    "The source of the huge river is the clear spring.", "Kick the ball straight and follow through.",
    "Help the woman get back to her feet.", "A pot of tea helps to pass the evening.",
    "Smoky fires lack flame and heat.", "The soft cushion broke the man's fall.",
    "The salt breeze came across from the sea.", "The girl at the booth sold fifty bonds.",
    "The small pup gnawed a hole in the sock.", "The fish twisted and turned on the bent hook.",
    "Press the pants and sew a button on the vest.", "The swan dive was far short of perfect.",
    "The beauty of the view stunned the young boy.", "Two blue fish swam in the tank.",
    "Her purse was full of useless trash.", "The colt reared and threw the tall rider.",
    "It snowed, rained, and hailed the same morning.", "Read verse out loud for pleasure.",
    "Hoist the load to your left shoulder.", "Take the winding path to reach the lake.",
    "Note closely the size of the gas tank.", "Wipe the grease off his dirty face.",
    "Mend the coat before you go out.", "The wrist was badly strained and hung limp.",
    "The stray cat gave birth to kittens.", "The young girl gave no clear response.",
    "The meal was cooked before the bell rang.", "What joy there is in living.",
    "A king ruled the state in the early days.", "The ship was torn apart on the sharp reef.",
    "Sickness kept him home the third week.", "The wide road shimmered in the hot sun.",
    "The lazy cow lay in the cool grass.", "Lift the square stone over the fence.",
    "The rope will bind the seven books at once.", "Hop over the fence and plunge in.",
    "The friendly gang left the drug store.", "Mesh wire keeps chicks inside.",
)  # fmt: skip
