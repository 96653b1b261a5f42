// Silence mode for the page as a sender: a port of sender/silence.py with the same numbers
// (sans-I/O: chunks and packets in, what to send out). While the speaker is silent the page
// sends (almost) nothing:
// * VoiceActivity says, per 20 ms chunk, whether it is loud (RMS at or above thresholdDbfs); a
//   packet is speech when a loud chunk lies within hangoverMs before it, inside it, or in the
//   audio already heard after it (so word onsets are never clipped).
// * SilenceGate passes speech packets; of a silent stretch it sends the first packet with its
//   Opus packet replaced by DTX frames (dtxPacket: "silence from here until the next packet",
//   with that instant's motion) and then one motion-less DTX packet every keepaliveMs. The rest
//   is withheld. Sequence numbers count the packets sent, so the v2 motion coder's references
//   stay within reach.
import { SAMPLE_RATE } from './motion.js';

export const DEFAULT_SILENCE_CONFIG = Object.freeze({ thresholdDbfs: -50, hangoverMs: 240, keepaliveMs: 500 });

const msToSamples = (ms) => Math.round((ms * SAMPLE_RATE) / 1000);

/** Loud 20 ms chunks, remembered for as long as a packet may still ask about them. */
export class VoiceActivity {
  constructor(config = DEFAULT_SILENCE_CONFIG, memory = 256) {
    this.config = { ...DEFAULT_SILENCE_CONFIG, ...config };
    this.memory = memory; // chunks kept (5 s): far more than hangover + packet + lookahead
    this.loud = []; // first samples of loud chunks, oldest first
    this.threshold = 10 ** (this.config.thresholdDbfs / 20);
  }

  /** One chunk starting at sender `sample`; true if it is loud. */
  hear(sample, pcm) {
    let sum = 0;
    for (let i = 0; i < pcm.length; i++) sum += pcm[i] * pcm[i];
    const rms = pcm.length ? Math.sqrt(sum / pcm.length) : 0;
    const loud = rms >= this.threshold;
    if (loud) {
      this.loud.push(sample);
      if (this.loud.length > this.memory) this.loud.shift();
    }
    return loud;
  }

  /** Whether the packet of samples [start, end) is speech, with audio up to `heard` known: a
   * loud chunk starts in [start - hangover, heard). */
  speaking(start, end, heard) {
    const since = start - msToSamples(this.config.hangoverMs);
    for (let i = this.loud.length - 1; i >= 0; i--) {
      const s = this.loud[i];
      if (since <= s && s < heard) return true;
      if (s < since) break;
    }
    return false;
  }
}

/** Speech packets in, what to send out (admit). */
export class SilenceGate {
  /** dtx: the DTX Opus packet of this stream's packet length (receiver.js dtxPacket). */
  constructor(config, dtx) {
    this.config = { ...DEFAULT_SILENCE_CONFIG, ...config };
    this.dtx = dtx;
    this.silent = false; // the last packet admitted was silent
    this.lastSent = null; // sender sample of the last packet sent
    this.seq = 0;
    this.counters = { speech: 0, dtx: 0, withheld: 0 };
  }

  /** For the packet whose first audio sample is `sample`: {seq, opus, motion} to send (the
   * packet's own opus and motion, or DTX), or null to withhold it. force: send it (as DTX if
   * silent: the last packet of the stream). */
  admit(sample, opus, motion, speaking, force = false) {
    if (speaking) {
      this.silent = false;
      this.counters.speech++;
      return this.send(sample, opus, motion);
    }
    if (!this.silent) { // the first packet of a silence: say so, with this face
      this.silent = true;
      this.counters.dtx++;
      return this.send(sample, this.dtx, motion);
    }
    if (force || sample - this.lastSent >= msToSamples(this.config.keepaliveMs)) {
      this.counters.dtx++;
      return this.send(sample, this.dtx, []);
    }
    this.counters.withheld++;
    return null;
  }

  send(sample, opus, motion) {
    this.lastSent = sample;
    const seq = this.seq % 65536;
    this.seq++;
    return { seq, opus, motion };
  }
}
