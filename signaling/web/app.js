(()=>{var $x=Object.defineProperty;var os=(i=>typeof require<"u"?require:typeof Proxy<"u"?new Proxy(i,{get:(t,e)=>(typeof require<"u"?require:t)[e]}):i)(function(i){if(typeof require<"u")return require.apply(this,arguments);throw Error('Dynamic require of "'+i+'" is not supported')});var qx=(i,t)=>{for(var e in t)$x(i,e,{get:t[e],enumerable:!0})};var Xd=0,kh=1,$d=2;var eo=1,qd=2,lr=3,Yi=0,fn=1,ni=2,ms=0,cr=1,zh=2,Gh=3,Hh=4,Yd=5;var gs=100,Zd=101,Jd=102,Kd=103,jd=104,Qd=200,tp=201,ep=202,np=203,Vh=204,Wh=205,ip=206,sp=207,rp=208,op=209,ap=210,lp=211,cp=212,hp=213,up=214,ga=0,xa=1,ya=2,Qs=3,_a=4,va=5,wa=6,Sa=7,Xh=0,fp=1,dp=2,ii=0,$h=1,qh=2,Yh=3,Zh=4,Jh=5,Kh=6,jh=7;var Qh=300,xs=301,hr=302,el=303,nl=304,Ma=1e3,jn=1001,ba=1002,qe=1003,pp=1004;var no=1005;var hn=1006,il=1007;var bi=1008;var pn=1009,tu=1010,eu=1011,ur=1012,sl=1013,Vn=1014,Wn=1015,Xn=1016,rl=1017,ol=1018,ys=1020,nu=35902,iu=35899,su=1021,ru=1022,$n=1023,_i=1026,Ei=1027,ou=1028,al=1029,Zi=1030,ll=1031;var cl=1033,io=33776,so=33777,ro=33778,oo=33779,hl=35840,ul=35841,fl=35842,dl=35843,pl=36196,ml=37492,gl=37496,xl=37488,yl=37489,ao=37490,_l=37491,vl=37808,wl=37809,Sl=37810,Ml=37811,bl=37812,El=37813,Al=37814,Tl=37815,Rl=37816,Cl=37817,Il=37818,Pl=37819,Ll=37820,Ul=37821,Dl=36492,Nl=36494,Fl=36495,Ol=36283,Bl=36284,lo=36285,kl=36286;var Br=2300,Ea=2301,pa=2302,Lh=2303,Uh=2400,Dh=2401,Nh=2402;var mp=3200;var zl=0,gp=1,Ai="",Ke="srgb",kr="srgb-linear",zr="linear",ye="srgb";var ma=7680;var xp=519,yp=512,_p=513,vp=514,au=515,wp=516,Sp=517,lu=518,cu=519,Mp=35044;var hu="300 es",In=2e3,tr=2001;function Yx(i){for(let t=i.length-1;t>=0;--t)if(i[t]>=65535)return!0;return!1}function Zx(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function Gr(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function bp(){let i=Gr("canvas");return i.style.display="block",i}var _d={},er=null;function uu(...i){let t="THREE."+i.shift();er?er("log",t,...i):console.log(t,...i)}function Ep(i){let t=i[0];if(typeof t=="string"&&t.startsWith("TSL:")){let e=i[1];e&&e.isStackTrace?i[0]+=" "+e.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Gt(...i){i=Ep(i);let t="THREE."+i.shift();if(er)er("warn",t,...i);else{let e=i[0];e&&e.isStackTrace?console.warn(e.getError(t)):console.warn(t,...i)}}function Vt(...i){i=Ep(i);let t="THREE."+i.shift();if(er)er("error",t,...i);else{let e=i[0];e&&e.isStackTrace?console.error(e.getError(t)):console.error(t,...i)}}function Nr(...i){let t=i.join(" ");t in _d||(_d[t]=!0,Gt(...i))}function Ap(i,t,e){return new Promise(function(n,s){function r(){switch(i.clientWaitSync(t,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:s();break;case i.TIMEOUT_EXPIRED:setTimeout(r,e);break;default:n()}}setTimeout(r,e)})}var Tp={[ga]:ga,[ya]:wa,[_a]:_a,[Qs]:va,[xa]:xa,[wa]:ya,[Sa]:Sa,[va]:Qs},Qn=class{addEventListener(t,e){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[t]===void 0&&(n[t]=[]),n[t].indexOf(e)===-1&&n[t].push(e)}hasEventListener(t,e){let n=this._listeners;return n===void 0?!1:n[t]!==void 0&&n[t].indexOf(e)!==-1}removeEventListener(t,e){let n=this._listeners;if(n===void 0)return;let s=n[t];if(s!==void 0){let r=s.indexOf(e);r!==-1&&s.splice(r,1)}}dispatchEvent(t){let e=this._listeners;if(e===void 0)return;let n=e[t.type];if(n!==void 0){t.target=this;let s=n.slice(0);for(let r=0,o=s.length;r<o;r++)s[r].call(this,t);t.target=null}}},en=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];var ah=Math.PI/180,Aa=180/Math.PI;function co(){let i=Math.random()*4294967295|0,t=Math.random()*4294967295|0,e=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(en[i&255]+en[i>>8&255]+en[i>>16&255]+en[i>>24&255]+"-"+en[t&255]+en[t>>8&255]+"-"+en[t>>16&15|64]+en[t>>24&255]+"-"+en[e&63|128]+en[e>>8&255]+"-"+en[e>>16&255]+en[e>>24&255]+en[n&255]+en[n>>8&255]+en[n>>16&255]+en[n>>24&255]).toLowerCase()}function oe(i,t,e){return Math.max(t,Math.min(e,i))}function Jx(i,t){return(i%t+t)%t}function lh(i,t,e){return(1-e)*i+e*t}function Rp(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function fu(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Kx(i,t){if(t.constructor===Float32Array)return i;let e=fu(t);if(e===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/e,-1)}function jx(i,t){if(t.constructor===Float32Array)return i;let e=fu(t);if(e===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*e)}var kt=class{static{this.prototype.isVector2=!0}constructor(t=0,e=0){this.x=t,this.y=e}get width(){return this.x}set width(t){this.x=t}get height(){return this.y}set height(t){this.y=t}set(t,e){return this.x=t,this.y=e,this}setScalar(t){return this.x=t,this.y=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;default:throw new Error("THREE.Vector2: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y)}copy(t){return this.x=t.x,this.y=t.y,this}add(t){return this.x+=t.x,this.y+=t.y,this}addScalar(t){return this.x+=t,this.y+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this}subScalar(t){return this.x-=t,this.y-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this}multiply(t){return this.x*=t.x,this.y*=t.y,this}multiplyScalar(t){return this.x*=t,this.y*=t,this}divide(t){return this.x/=t.x,this.y/=t.y,this}divideScalar(t){return this.multiplyScalar(1/t)}applyMatrix3(t){let e=this.x,n=this.y,s=t.elements;return this.x=s[0]*e+s[3]*n+s[6],this.y=s[1]*e+s[4]*n+s[7],this}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this}clamp(t,e){return this.x=oe(this.x,t.x,e.x),this.y=oe(this.y,t.y,e.y),this}clampScalar(t,e){return this.x=oe(this.x,t,e),this.y=oe(this.y,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(oe(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(t){return this.x*t.x+this.y*t.y}cross(t){return this.x*t.y-this.y*t.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(t){let e=Math.sqrt(this.lengthSq()*t.lengthSq());if(e===0)return Math.PI/2;let n=this.dot(t)/e;return Math.acos(oe(n,-1,1))}distanceTo(t){return Math.sqrt(this.distanceToSquared(t))}distanceToSquared(t){let e=this.x-t.x,n=this.y-t.y;return e*e+n*n}manhattanDistanceTo(t){return Math.abs(this.x-t.x)+Math.abs(this.y-t.y)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this}equals(t){return t.x===this.x&&t.y===this.y}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this}rotateAround(t,e){let n=Math.cos(e),s=Math.sin(e),r=this.x-t.x,o=this.y-t.y;return this.x=r*n-o*s+t.x,this.y=r*s+o*n+t.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}},ti=class{constructor(t=0,e=0,n=0,s=1){this.isQuaternion=!0,this._x=t,this._y=e,this._z=n,this._w=s}static slerpFlat(t,e,n,s,r,o,a){let l=n[s+0],c=n[s+1],h=n[s+2],u=n[s+3],f=r[o+0],d=r[o+1],g=r[o+2],E=r[o+3];if(u!==E||l!==f||c!==d||h!==g){let x=l*f+c*d+h*g+u*E;x<0&&(f=-f,d=-d,g=-g,E=-E,x=-x);let p=1-a;if(x<.9995){let M=Math.acos(x),A=Math.sin(M);p=Math.sin(p*M)/A,a=Math.sin(a*M)/A,l=l*p+f*a,c=c*p+d*a,h=h*p+g*a,u=u*p+E*a}else{l=l*p+f*a,c=c*p+d*a,h=h*p+g*a,u=u*p+E*a;let M=1/Math.sqrt(l*l+c*c+h*h+u*u);l*=M,c*=M,h*=M,u*=M}}t[e]=l,t[e+1]=c,t[e+2]=h,t[e+3]=u}static multiplyQuaternionsFlat(t,e,n,s,r,o){let a=n[s],l=n[s+1],c=n[s+2],h=n[s+3],u=r[o],f=r[o+1],d=r[o+2],g=r[o+3];return t[e]=a*g+h*u+l*d-c*f,t[e+1]=l*g+h*f+c*u-a*d,t[e+2]=c*g+h*d+a*f-l*u,t[e+3]=h*g-a*u-l*f-c*d,t}get x(){return this._x}set x(t){this._x=t,this._onChangeCallback()}get y(){return this._y}set y(t){this._y=t,this._onChangeCallback()}get z(){return this._z}set z(t){this._z=t,this._onChangeCallback()}get w(){return this._w}set w(t){this._w=t,this._onChangeCallback()}set(t,e,n,s){return this._x=t,this._y=e,this._z=n,this._w=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(t){return this._x=t.x,this._y=t.y,this._z=t.z,this._w=t.w,this._onChangeCallback(),this}setFromEuler(t,e=!0){let n=t._x,s=t._y,r=t._z,o=t._order,a=Math.cos,l=Math.sin,c=a(n/2),h=a(s/2),u=a(r/2),f=l(n/2),d=l(s/2),g=l(r/2);switch(o){case"XYZ":this._x=f*h*u+c*d*g,this._y=c*d*u-f*h*g,this._z=c*h*g+f*d*u,this._w=c*h*u-f*d*g;break;case"YXZ":this._x=f*h*u+c*d*g,this._y=c*d*u-f*h*g,this._z=c*h*g-f*d*u,this._w=c*h*u+f*d*g;break;case"ZXY":this._x=f*h*u-c*d*g,this._y=c*d*u+f*h*g,this._z=c*h*g+f*d*u,this._w=c*h*u-f*d*g;break;case"ZYX":this._x=f*h*u-c*d*g,this._y=c*d*u+f*h*g,this._z=c*h*g-f*d*u,this._w=c*h*u+f*d*g;break;case"YZX":this._x=f*h*u+c*d*g,this._y=c*d*u+f*h*g,this._z=c*h*g-f*d*u,this._w=c*h*u-f*d*g;break;case"XZY":this._x=f*h*u-c*d*g,this._y=c*d*u-f*h*g,this._z=c*h*g+f*d*u,this._w=c*h*u+f*d*g;break;default:Gt("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return e===!0&&this._onChangeCallback(),this}setFromAxisAngle(t,e){let n=e/2,s=Math.sin(n);return this._x=t.x*s,this._y=t.y*s,this._z=t.z*s,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(t){let e=t.elements,n=e[0],s=e[4],r=e[8],o=e[1],a=e[5],l=e[9],c=e[2],h=e[6],u=e[10],f=n+a+u;if(f>0){let d=.5/Math.sqrt(f+1);this._w=.25/d,this._x=(h-l)*d,this._y=(r-c)*d,this._z=(o-s)*d}else if(n>a&&n>u){let d=2*Math.sqrt(1+n-a-u);this._w=(h-l)/d,this._x=.25*d,this._y=(s+o)/d,this._z=(r+c)/d}else if(a>u){let d=2*Math.sqrt(1+a-n-u);this._w=(r-c)/d,this._x=(s+o)/d,this._y=.25*d,this._z=(l+h)/d}else{let d=2*Math.sqrt(1+u-n-a);this._w=(o-s)/d,this._x=(r+c)/d,this._y=(l+h)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(t,e){let n=t.dot(e)+1;return n<1e-8?(n=0,Math.abs(t.x)>Math.abs(t.z)?(this._x=-t.y,this._y=t.x,this._z=0,this._w=n):(this._x=0,this._y=-t.z,this._z=t.y,this._w=n)):(this._x=t.y*e.z-t.z*e.y,this._y=t.z*e.x-t.x*e.z,this._z=t.x*e.y-t.y*e.x,this._w=n),this.normalize()}angleTo(t){return 2*Math.acos(Math.abs(oe(this.dot(t),-1,1)))}rotateTowards(t,e){let n=this.angleTo(t);if(n===0)return this;let s=Math.min(1,e/n);return this.slerp(t,s),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(t){return this._x*t._x+this._y*t._y+this._z*t._z+this._w*t._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let t=this.length();return t===0?(this._x=0,this._y=0,this._z=0,this._w=1):(t=1/t,this._x=this._x*t,this._y=this._y*t,this._z=this._z*t,this._w=this._w*t),this._onChangeCallback(),this}multiply(t){return this.multiplyQuaternions(this,t)}premultiply(t){return this.multiplyQuaternions(t,this)}multiplyQuaternions(t,e){let n=t._x,s=t._y,r=t._z,o=t._w,a=e._x,l=e._y,c=e._z,h=e._w;return this._x=n*h+o*a+s*c-r*l,this._y=s*h+o*l+r*a-n*c,this._z=r*h+o*c+n*l-s*a,this._w=o*h-n*a-s*l-r*c,this._onChangeCallback(),this}slerp(t,e){let n=t._x,s=t._y,r=t._z,o=t._w,a=this.dot(t);a<0&&(n=-n,s=-s,r=-r,o=-o,a=-a);let l=1-e;if(a<.9995){let c=Math.acos(a),h=Math.sin(c);l=Math.sin(l*c)/h,e=Math.sin(e*c)/h,this._x=this._x*l+n*e,this._y=this._y*l+s*e,this._z=this._z*l+r*e,this._w=this._w*l+o*e,this._onChangeCallback()}else this._x=this._x*l+n*e,this._y=this._y*l+s*e,this._z=this._z*l+r*e,this._w=this._w*l+o*e,this.normalize();return this}slerpQuaternions(t,e,n){return this.copy(t).slerp(e,n)}random(){let t=2*Math.PI*Math.random(),e=2*Math.PI*Math.random(),n=Math.random(),s=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(s*Math.sin(t),s*Math.cos(t),r*Math.sin(e),r*Math.cos(e))}equals(t){return t._x===this._x&&t._y===this._y&&t._z===this._z&&t._w===this._w}fromArray(t,e=0){return this._x=t[e],this._y=t[e+1],this._z=t[e+2],this._w=t[e+3],this._onChangeCallback(),this}toArray(t=[],e=0){return t[e]=this._x,t[e+1]=this._y,t[e+2]=this._z,t[e+3]=this._w,t}fromBufferAttribute(t,e){return this._x=t.getX(e),this._y=t.getY(e),this._z=t.getZ(e),this._w=t.getW(e),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(t){return this._onChangeCallback=t,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},H=class{static{this.prototype.isVector3=!0}constructor(t=0,e=0,n=0){this.x=t,this.y=e,this.z=n}set(t,e,n){return n===void 0&&(n=this.z),this.x=t,this.y=e,this.z=n,this}setScalar(t){return this.x=t,this.y=t,this.z=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setZ(t){return this.z=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;case 2:this.z=e;break;default:throw new Error("THREE.Vector3: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(t){return this.x=t.x,this.y=t.y,this.z=t.z,this}add(t){return this.x+=t.x,this.y+=t.y,this.z+=t.z,this}addScalar(t){return this.x+=t,this.y+=t,this.z+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this.z=t.z+e.z,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this.z+=t.z*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this.z-=t.z,this}subScalar(t){return this.x-=t,this.y-=t,this.z-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this.z=t.z-e.z,this}multiply(t){return this.x*=t.x,this.y*=t.y,this.z*=t.z,this}multiplyScalar(t){return this.x*=t,this.y*=t,this.z*=t,this}multiplyVectors(t,e){return this.x=t.x*e.x,this.y=t.y*e.y,this.z=t.z*e.z,this}applyEuler(t){return this.applyQuaternion(vd.setFromEuler(t))}applyAxisAngle(t,e){return this.applyQuaternion(vd.setFromAxisAngle(t,e))}applyMatrix3(t){let e=this.x,n=this.y,s=this.z,r=t.elements;return this.x=r[0]*e+r[3]*n+r[6]*s,this.y=r[1]*e+r[4]*n+r[7]*s,this.z=r[2]*e+r[5]*n+r[8]*s,this}applyNormalMatrix(t){return this.applyMatrix3(t).normalize()}applyMatrix4(t){let e=this.x,n=this.y,s=this.z,r=t.elements,o=1/(r[3]*e+r[7]*n+r[11]*s+r[15]);return this.x=(r[0]*e+r[4]*n+r[8]*s+r[12])*o,this.y=(r[1]*e+r[5]*n+r[9]*s+r[13])*o,this.z=(r[2]*e+r[6]*n+r[10]*s+r[14])*o,this}applyQuaternion(t){let e=this.x,n=this.y,s=this.z,r=t.x,o=t.y,a=t.z,l=t.w,c=2*(o*s-a*n),h=2*(a*e-r*s),u=2*(r*n-o*e);return this.x=e+l*c+o*u-a*h,this.y=n+l*h+a*c-r*u,this.z=s+l*u+r*h-o*c,this}project(t){return this.applyMatrix4(t.matrixWorldInverse).applyMatrix4(t.projectionMatrix)}unproject(t){return this.applyMatrix4(t.projectionMatrixInverse).applyMatrix4(t.matrixWorld)}transformDirection(t){let e=this.x,n=this.y,s=this.z,r=t.elements;return this.x=r[0]*e+r[4]*n+r[8]*s,this.y=r[1]*e+r[5]*n+r[9]*s,this.z=r[2]*e+r[6]*n+r[10]*s,this.normalize()}divide(t){return this.x/=t.x,this.y/=t.y,this.z/=t.z,this}divideScalar(t){return this.multiplyScalar(1/t)}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this.z=Math.min(this.z,t.z),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this.z=Math.max(this.z,t.z),this}clamp(t,e){return this.x=oe(this.x,t.x,e.x),this.y=oe(this.y,t.y,e.y),this.z=oe(this.z,t.z,e.z),this}clampScalar(t,e){return this.x=oe(this.x,t,e),this.y=oe(this.y,t,e),this.z=oe(this.z,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(oe(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(t){return this.x*t.x+this.y*t.y+this.z*t.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this.z+=(t.z-this.z)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this.z=t.z+(e.z-t.z)*n,this}cross(t){return this.crossVectors(this,t)}crossVectors(t,e){let n=t.x,s=t.y,r=t.z,o=e.x,a=e.y,l=e.z;return this.x=s*l-r*a,this.y=r*o-n*l,this.z=n*a-s*o,this}projectOnVector(t){let e=t.lengthSq();if(e===0)return this.set(0,0,0);let n=t.dot(this)/e;return this.copy(t).multiplyScalar(n)}projectOnPlane(t){return ch.copy(this).projectOnVector(t),this.sub(ch)}reflect(t){return this.sub(ch.copy(t).multiplyScalar(2*this.dot(t)))}angleTo(t){let e=Math.sqrt(this.lengthSq()*t.lengthSq());if(e===0)return Math.PI/2;let n=this.dot(t)/e;return Math.acos(oe(n,-1,1))}distanceTo(t){return Math.sqrt(this.distanceToSquared(t))}distanceToSquared(t){let e=this.x-t.x,n=this.y-t.y,s=this.z-t.z;return e*e+n*n+s*s}manhattanDistanceTo(t){return Math.abs(this.x-t.x)+Math.abs(this.y-t.y)+Math.abs(this.z-t.z)}setFromSpherical(t){return this.setFromSphericalCoords(t.radius,t.phi,t.theta)}setFromSphericalCoords(t,e,n){let s=Math.sin(e)*t;return this.x=s*Math.sin(n),this.y=Math.cos(e)*t,this.z=s*Math.cos(n),this}setFromCylindrical(t){return this.setFromCylindricalCoords(t.radius,t.theta,t.y)}setFromCylindricalCoords(t,e,n){return this.x=t*Math.sin(e),this.y=n,this.z=t*Math.cos(e),this}setFromMatrixPosition(t){let e=t.elements;return this.x=e[12],this.y=e[13],this.z=e[14],this}setFromMatrixScale(t){let e=this.setFromMatrixColumn(t,0).length(),n=this.setFromMatrixColumn(t,1).length(),s=this.setFromMatrixColumn(t,2).length();return this.x=e,this.y=n,this.z=s,this}setFromMatrixColumn(t,e){return this.fromArray(t.elements,e*4)}setFromMatrix3Column(t,e){return this.fromArray(t.elements,e*3)}setFromEuler(t){return this.x=t._x,this.y=t._y,this.z=t._z,this}setFromColor(t){return this.x=t.r,this.y=t.g,this.z=t.b,this}equals(t){return t.x===this.x&&t.y===this.y&&t.z===this.z}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this.z=t[e+2],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t[e+2]=this.z,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this.z=t.getZ(e),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let t=Math.random()*Math.PI*2,e=Math.random()*2-1,n=Math.sqrt(1-e*e);return this.x=n*Math.cos(t),this.y=e,this.z=n*Math.sin(t),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}},ch=new H,vd=new ti,Xt=class{static{this.prototype.isMatrix3=!0}constructor(t,e,n,s,r,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],t!==void 0&&this.set(t,e,n,s,r,o,a,l,c)}set(t,e,n,s,r,o,a,l,c){let h=this.elements;return h[0]=t,h[1]=s,h[2]=a,h[3]=e,h[4]=r,h[5]=l,h[6]=n,h[7]=o,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(t){let e=this.elements,n=t.elements;return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],this}extractBasis(t,e,n){return t.setFromMatrix3Column(this,0),e.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(t){let e=t.elements;return this.set(e[0],e[4],e[8],e[1],e[5],e[9],e[2],e[6],e[10]),this}multiply(t){return this.multiplyMatrices(this,t)}premultiply(t){return this.multiplyMatrices(t,this)}multiplyMatrices(t,e){let n=t.elements,s=e.elements,r=this.elements,o=n[0],a=n[3],l=n[6],c=n[1],h=n[4],u=n[7],f=n[2],d=n[5],g=n[8],E=s[0],x=s[3],p=s[6],M=s[1],A=s[4],b=s[7],R=s[2],_=s[5],y=s[8];return r[0]=o*E+a*M+l*R,r[3]=o*x+a*A+l*_,r[6]=o*p+a*b+l*y,r[1]=c*E+h*M+u*R,r[4]=c*x+h*A+u*_,r[7]=c*p+h*b+u*y,r[2]=f*E+d*M+g*R,r[5]=f*x+d*A+g*_,r[8]=f*p+d*b+g*y,this}multiplyScalar(t){let e=this.elements;return e[0]*=t,e[3]*=t,e[6]*=t,e[1]*=t,e[4]*=t,e[7]*=t,e[2]*=t,e[5]*=t,e[8]*=t,this}determinant(){let t=this.elements,e=t[0],n=t[1],s=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8];return e*o*h-e*a*c-n*r*h+n*a*l+s*r*c-s*o*l}invert(){let t=this.elements,e=t[0],n=t[1],s=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8],u=h*o-a*c,f=a*l-h*r,d=c*r-o*l,g=e*u+n*f+s*d;if(g===0)return this.set(0,0,0,0,0,0,0,0,0);let E=1/g;return t[0]=u*E,t[1]=(s*c-h*n)*E,t[2]=(a*n-s*o)*E,t[3]=f*E,t[4]=(h*e-s*l)*E,t[5]=(s*r-a*e)*E,t[6]=d*E,t[7]=(n*l-c*e)*E,t[8]=(o*e-n*r)*E,this}transpose(){let t,e=this.elements;return t=e[1],e[1]=e[3],e[3]=t,t=e[2],e[2]=e[6],e[6]=t,t=e[5],e[5]=e[7],e[7]=t,this}getNormalMatrix(t){return this.setFromMatrix4(t).invert().transpose()}transposeIntoArray(t){let e=this.elements;return t[0]=e[0],t[1]=e[3],t[2]=e[6],t[3]=e[1],t[4]=e[4],t[5]=e[7],t[6]=e[2],t[7]=e[5],t[8]=e[8],this}setUvTransform(t,e,n,s,r,o,a){let l=Math.cos(r),c=Math.sin(r);return this.set(n*l,n*c,-n*(l*o+c*a)+o+t,-s*c,s*l,-s*(-c*o+l*a)+a+e,0,0,1),this}scale(t,e){return Nr("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(hh.makeScale(t,e)),this}rotate(t){return Nr("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(hh.makeRotation(-t)),this}translate(t,e){return Nr("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(hh.makeTranslation(t,e)),this}makeTranslation(t,e){return t.isVector2?this.set(1,0,t.x,0,1,t.y,0,0,1):this.set(1,0,t,0,1,e,0,0,1),this}makeRotation(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,-n,0,n,e,0,0,0,1),this}makeScale(t,e){return this.set(t,0,0,0,e,0,0,0,1),this}equals(t){let e=this.elements,n=t.elements;for(let s=0;s<9;s++)if(e[s]!==n[s])return!1;return!0}fromArray(t,e=0){for(let n=0;n<9;n++)this.elements[n]=t[n+e];return this}toArray(t=[],e=0){let n=this.elements;return t[e]=n[0],t[e+1]=n[1],t[e+2]=n[2],t[e+3]=n[3],t[e+4]=n[4],t[e+5]=n[5],t[e+6]=n[6],t[e+7]=n[7],t[e+8]=n[8],t}clone(){return new this.constructor().fromArray(this.elements)}},hh=new Xt,wd=new Xt().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Sd=new Xt().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Qx(){let i={enabled:!0,workingColorSpace:kr,spaces:{},convert:function(s,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===ye&&(s.r=yi(s.r),s.g=yi(s.g),s.b=yi(s.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(s.applyMatrix3(this.spaces[r].toXYZ),s.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===ye&&(s.r=js(s.r),s.g=js(s.g),s.b=js(s.b))),s},workingToColorSpace:function(s,r){return this.convert(s,this.workingColorSpace,r)},colorSpaceToWorking:function(s,r){return this.convert(s,r,this.workingColorSpace)},getPrimaries:function(s){return this.spaces[s].primaries},getTransfer:function(s){return s===Ai?zr:this.spaces[s].transfer},getToneMappingMode:function(s){return this.spaces[s].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(s,r=this.workingColorSpace){return s.fromArray(this.spaces[r].luminanceCoefficients)},define:function(s){Object.assign(this.spaces,s)},_getMatrix:function(s,r,o){return s.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(s){return this.spaces[s].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(s=this.workingColorSpace){return this.spaces[s].workingColorSpaceConfig.unpackColorSpace}},t=[.64,.33,.3,.6,.15,.06],e=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[kr]:{primaries:t,whitePoint:n,transfer:zr,toXYZ:wd,fromXYZ:Sd,luminanceCoefficients:e,workingColorSpaceConfig:{unpackColorSpace:Ke},outputColorSpaceConfig:{drawingBufferColorSpace:Ke}},[Ke]:{primaries:t,whitePoint:n,transfer:ye,toXYZ:wd,fromXYZ:Sd,luminanceCoefficients:e,outputColorSpaceConfig:{drawingBufferColorSpace:Ke}}}),i}var ce=Qx();function yi(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function js(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var ks,Ta=class{static getDataURL(t,e="image/png"){if(/^data:/i.test(t.src)||typeof HTMLCanvasElement>"u")return t.src;let n;if(t instanceof HTMLCanvasElement)n=t;else{ks===void 0&&(ks=Gr("canvas")),ks.width=t.width,ks.height=t.height;let s=ks.getContext("2d");t instanceof ImageData?s.putImageData(t,0,0):s.drawImage(t,0,0,t.width,t.height),n=ks}return n.toDataURL(e)}static sRGBToLinear(t){if(typeof HTMLImageElement<"u"&&t instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&t instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&t instanceof ImageBitmap){let e=Gr("canvas");e.width=t.width,e.height=t.height;let n=e.getContext("2d");n.drawImage(t,0,0,t.width,t.height);let s=n.getImageData(0,0,t.width,t.height),r=s.data;for(let o=0;o<r.length;o++)r[o]=yi(r[o]/255)*255;return n.putImageData(s,0,0),e}else if(t.data){let e=t.data.slice(0);for(let n=0;n<e.length;n++)e instanceof Uint8Array||e instanceof Uint8ClampedArray?e[n]=Math.floor(yi(e[n]/255)*255):e[n]=yi(e[n]);return{data:e,width:t.width,height:t.height}}else return Gt("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),t}},ty=0,nr=class{constructor(t=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:ty++}),this.uuid=co(),this.data=t,this.dataReady=!0,this.version=0}getSize(t){let e=this.data;return typeof HTMLVideoElement<"u"&&e instanceof HTMLVideoElement?t.set(e.videoWidth,e.videoHeight,0):typeof VideoFrame<"u"&&e instanceof VideoFrame?t.set(e.displayWidth,e.displayHeight,0):e!==null?t.set(e.width||0,e.height||0,e.depth||0):t.set(0,0,0),t}set needsUpdate(t){t===!0&&this.version++}toJSON(t){let e=t===void 0||typeof t=="string";if(!e&&t.images[this.uuid]!==void 0)return t.images[this.uuid];let n={uuid:this.uuid,url:""},s=this.data;if(s!==null){let r;if(Array.isArray(s)){r=[];for(let o=0,a=s.length;o<a;o++)s[o].isDataTexture?r.push(uh(s[o].image)):r.push(uh(s[o]))}else r=uh(s);n.url=r}return e||(t.images[this.uuid]=n),n}};function uh(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?Ta.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Gt("Texture: Unable to serialize Texture."),{})}var ey=0,fh=new H,un=class i extends Qn{constructor(t=i.DEFAULT_IMAGE,e=i.DEFAULT_MAPPING,n=jn,s=jn,r=hn,o=bi,a=$n,l=pn,c=i.DEFAULT_ANISOTROPY,h=Ai){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:ey++}),this.uuid=co(),this.name="",this.source=new nr(t),this.mipmaps=[],this.mapping=e,this.channel=0,this.wrapS=n,this.wrapT=s,this.magFilter=r,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new kt(0,0),this.repeat=new kt(1,1),this.center=new kt(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Xt,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(t&&t.depth&&t.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(fh).x}get height(){return this.source.getSize(fh).y}get depth(){return this.source.getSize(fh).z}get image(){return this.source.data}set image(t){this.source.data=t}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(t,e){this.updateRanges.push({start:t,count:e})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(t){return this.name=t.name,this.source=t.source,this.mipmaps=t.mipmaps.slice(0),this.mapping=t.mapping,this.channel=t.channel,this.wrapS=t.wrapS,this.wrapT=t.wrapT,this.magFilter=t.magFilter,this.minFilter=t.minFilter,this.anisotropy=t.anisotropy,this.format=t.format,this.internalFormat=t.internalFormat,this.type=t.type,this.normalized=t.normalized,this.offset.copy(t.offset),this.repeat.copy(t.repeat),this.center.copy(t.center),this.rotation=t.rotation,this.matrixAutoUpdate=t.matrixAutoUpdate,this.matrix.copy(t.matrix),this.generateMipmaps=t.generateMipmaps,this.mipmapsAutoUpdate=t.mipmapsAutoUpdate,this.premultiplyAlpha=t.premultiplyAlpha,this.flipY=t.flipY,this.unpackAlignment=t.unpackAlignment,this.colorSpace=t.colorSpace,this.renderTarget=t.renderTarget,this.isRenderTargetTexture=t.isRenderTargetTexture,this.isPMREMTexture=t.isPMREMTexture,this.isArrayTexture=t.isArrayTexture,this.userData=JSON.parse(JSON.stringify(t.userData)),this.needsUpdate=!0,this}setValues(t){for(let e in t){let n=t[e];if(n===void 0){Gt(`Texture.setValues(): parameter '${e}' has value of undefined.`);continue}let s=this[e];if(s===void 0){Gt(`Texture.setValues(): property '${e}' does not exist.`);continue}s&&n&&s.isVector2&&n.isVector2||s&&n&&s.isVector3&&n.isVector3||s&&n&&s.isMatrix3&&n.isMatrix3?s.copy(n):this[e]=n}}toJSON(t){let e=t===void 0||typeof t=="string";if(!e&&t.textures[this.uuid]!==void 0)return t.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(t).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),e||(t.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(t){if(this.mapping!==Qh)return t;if(t.applyMatrix3(this.matrix),t.x<0||t.x>1)switch(this.wrapS){case Ma:t.x=t.x-Math.floor(t.x);break;case jn:t.x=t.x<0?0:1;break;case ba:Math.abs(Math.floor(t.x)%2)===1?t.x=Math.ceil(t.x)-t.x:t.x=t.x-Math.floor(t.x);break}if(t.y<0||t.y>1)switch(this.wrapT){case Ma:t.y=t.y-Math.floor(t.y);break;case jn:t.y=t.y<0?0:1;break;case ba:Math.abs(Math.floor(t.y)%2)===1?t.y=Math.ceil(t.y)-t.y:t.y=t.y-Math.floor(t.y);break}return this.flipY&&(t.y=1-t.y),t}set needsUpdate(t){t===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(t){t===!0&&this.pmremVersion++}};un.DEFAULT_IMAGE=null;un.DEFAULT_MAPPING=Qh;un.DEFAULT_ANISOTROPY=1;var Ie=class{static{this.prototype.isVector4=!0}constructor(t=0,e=0,n=0,s=1){this.x=t,this.y=e,this.z=n,this.w=s}get width(){return this.z}set width(t){this.z=t}get height(){return this.w}set height(t){this.w=t}set(t,e,n,s){return this.x=t,this.y=e,this.z=n,this.w=s,this}setScalar(t){return this.x=t,this.y=t,this.z=t,this.w=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setZ(t){return this.z=t,this}setW(t){return this.w=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;case 2:this.z=e;break;case 3:this.w=e;break;default:throw new Error("THREE.Vector4: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(t){return this.x=t.x,this.y=t.y,this.z=t.z,this.w=t.w!==void 0?t.w:1,this}add(t){return this.x+=t.x,this.y+=t.y,this.z+=t.z,this.w+=t.w,this}addScalar(t){return this.x+=t,this.y+=t,this.z+=t,this.w+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this.z=t.z+e.z,this.w=t.w+e.w,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this.z+=t.z*e,this.w+=t.w*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this.z-=t.z,this.w-=t.w,this}subScalar(t){return this.x-=t,this.y-=t,this.z-=t,this.w-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this.z=t.z-e.z,this.w=t.w-e.w,this}multiply(t){return this.x*=t.x,this.y*=t.y,this.z*=t.z,this.w*=t.w,this}multiplyScalar(t){return this.x*=t,this.y*=t,this.z*=t,this.w*=t,this}applyMatrix4(t){let e=this.x,n=this.y,s=this.z,r=this.w,o=t.elements;return this.x=o[0]*e+o[4]*n+o[8]*s+o[12]*r,this.y=o[1]*e+o[5]*n+o[9]*s+o[13]*r,this.z=o[2]*e+o[6]*n+o[10]*s+o[14]*r,this.w=o[3]*e+o[7]*n+o[11]*s+o[15]*r,this}divide(t){return this.x/=t.x,this.y/=t.y,this.z/=t.z,this.w/=t.w,this}divideScalar(t){return this.multiplyScalar(1/t)}setAxisAngleFromQuaternion(t){this.w=2*Math.acos(t.w);let e=Math.sqrt(1-t.w*t.w);return e<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=t.x/e,this.y=t.y/e,this.z=t.z/e),this}setAxisAngleFromRotationMatrix(t){let e,n,s,r,l=t.elements,c=l[0],h=l[4],u=l[8],f=l[1],d=l[5],g=l[9],E=l[2],x=l[6],p=l[10];if(Math.abs(h-f)<.01&&Math.abs(u-E)<.01&&Math.abs(g-x)<.01){if(Math.abs(h+f)<.1&&Math.abs(u+E)<.1&&Math.abs(g+x)<.1&&Math.abs(c+d+p-3)<.1)return this.set(1,0,0,0),this;e=Math.PI;let A=(c+1)/2,b=(d+1)/2,R=(p+1)/2,_=(h+f)/4,y=(u+E)/4,T=(g+x)/4;return A>b&&A>R?A<.01?(n=0,s=.707106781,r=.707106781):(n=Math.sqrt(A),s=_/n,r=y/n):b>R?b<.01?(n=.707106781,s=0,r=.707106781):(s=Math.sqrt(b),n=_/s,r=T/s):R<.01?(n=.707106781,s=.707106781,r=0):(r=Math.sqrt(R),n=y/r,s=T/r),this.set(n,s,r,e),this}let M=Math.sqrt((x-g)*(x-g)+(u-E)*(u-E)+(f-h)*(f-h));return Math.abs(M)<.001&&(M=1),this.x=(x-g)/M,this.y=(u-E)/M,this.z=(f-h)/M,this.w=Math.acos((c+d+p-1)/2),this}setFromMatrixPosition(t){let e=t.elements;return this.x=e[12],this.y=e[13],this.z=e[14],this.w=e[15],this}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this.z=Math.min(this.z,t.z),this.w=Math.min(this.w,t.w),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this.z=Math.max(this.z,t.z),this.w=Math.max(this.w,t.w),this}clamp(t,e){return this.x=oe(this.x,t.x,e.x),this.y=oe(this.y,t.y,e.y),this.z=oe(this.z,t.z,e.z),this.w=oe(this.w,t.w,e.w),this}clampScalar(t,e){return this.x=oe(this.x,t,e),this.y=oe(this.y,t,e),this.z=oe(this.z,t,e),this.w=oe(this.w,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(oe(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(t){return this.x*t.x+this.y*t.y+this.z*t.z+this.w*t.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this.z+=(t.z-this.z)*e,this.w+=(t.w-this.w)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this.z=t.z+(e.z-t.z)*n,this.w=t.w+(e.w-t.w)*n,this}equals(t){return t.x===this.x&&t.y===this.y&&t.z===this.z&&t.w===this.w}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this.z=t[e+2],this.w=t[e+3],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t[e+2]=this.z,t[e+3]=this.w,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this.z=t.getZ(e),this.w=t.getW(e),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}},Ra=class extends Qn{constructor(t=1,e=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:hn,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=t,this.height=e,this.depth=n.depth,this.scissor=new Ie(0,0,t,e),this.scissorTest=!1,this.viewport=new Ie(0,0,t,e),this.textures=[];let s=n.count;for(let r=0;r<s;r++)this.textures[r]=new un({width:t,height:e,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(t={}){let e={minFilter:hn,generateMipmaps:!1,flipY:!1,internalFormat:null};t.mapping!==void 0&&(e.mapping=t.mapping),t.wrapS!==void 0&&(e.wrapS=t.wrapS),t.wrapT!==void 0&&(e.wrapT=t.wrapT),t.wrapR!==void 0&&(e.wrapR=t.wrapR),t.magFilter!==void 0&&(e.magFilter=t.magFilter),t.minFilter!==void 0&&(e.minFilter=t.minFilter),t.format!==void 0&&(e.format=t.format),t.type!==void 0&&(e.type=t.type),t.anisotropy!==void 0&&(e.anisotropy=t.anisotropy),t.colorSpace!==void 0&&(e.colorSpace=t.colorSpace),t.flipY!==void 0&&(e.flipY=t.flipY),t.generateMipmaps!==void 0&&(e.generateMipmaps=t.generateMipmaps),t.mipmapsAutoUpdate!==void 0&&(e.mipmapsAutoUpdate=t.mipmapsAutoUpdate),t.internalFormat!==void 0&&(e.internalFormat=t.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(e)}get texture(){return this.textures[0]}set texture(t){this.textures[0]=t}set depthTexture(t){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),t!==null&&t.renderTarget===null&&(t.renderTarget=this),this._depthTexture=t}get depthTexture(){return this._depthTexture}setSize(t,e,n=1){if(this.width!==t||this.height!==e||this.depth!==n){this.width=t,this.height=e,this.depth=n;for(let s=0,r=this.textures.length;s<r;s++)this.textures[s].image.width=t,this.textures[s].image.height=e,this.textures[s].image.depth=n,this.textures[s].isData3DTexture!==!0&&(this.textures[s].isArrayTexture=this.textures[s].image.depth>1);this.dispose()}this.viewport.set(0,0,t,e),this.scissor.set(0,0,t,e)}clone(){return new this.constructor().copy(this)}copy(t){this.width=t.width,this.height=t.height,this.depth=t.depth,this.scissor.copy(t.scissor),this.scissorTest=t.scissorTest,this.viewport.copy(t.viewport),this.textures.length=0;for(let e=0,n=t.textures.length;e<n;e++){this.textures[e]=t.textures[e].clone(),this.textures[e].isRenderTargetTexture=!0,this.textures[e].renderTarget=this;let s=Object.assign({},t.textures[e].image);this.textures[e].source=new nr(s)}if(this.depthBuffer=t.depthBuffer,this.stencilBuffer=t.stencilBuffer,this.resolveColorBuffer=t.resolveColorBuffer,this.resolveDepthBuffer=t.resolveDepthBuffer,this.resolveStencilBuffer=t.resolveStencilBuffer,this.storeMultisampledColorBuffer=t.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=t.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=t.storeMultisampledStencilBuffer,t.depthTexture!==null)if(t.depthTexture.renderTarget===t){let e=t.depthTexture.clone();e.renderTarget=null,this.depthTexture=e}else this.depthTexture=t.depthTexture;else this.depthTexture=null;return this.samples=t.samples,this.multiview=t.multiview,this.useArrayDepthTexture=t.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},Sn=class extends Ra{constructor(t=1,e=1,n={}){super(t,e,n),this.isWebGLRenderTarget=!0}},Hr=class extends un{constructor(t=null,e=1,n=1,s=1){super(null),this.isDataArrayTexture=!0,this.image={data:t,width:e,height:n,depth:s},this.magFilter=qe,this.minFilter=qe,this.wrapR=jn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(t){return super.copy(t),this.wrapR=t.wrapR,this}addLayerUpdate(t){this.layerUpdates.add(t)}clearLayerUpdates(){this.layerUpdates.clear()}};var Ca=class extends un{constructor(t=null,e=1,n=1,s=1){super(null),this.isData3DTexture=!0,this.image={data:t,width:e,height:n,depth:s},this.magFilter=qe,this.minFilter=qe,this.wrapR=jn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(t){return super.copy(t),this.wrapR=t.wrapR,this}};var Ce=class i{static{this.prototype.isMatrix4=!0}constructor(t,e,n,s,r,o,a,l,c,h,u,f,d,g,E,x){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],t!==void 0&&this.set(t,e,n,s,r,o,a,l,c,h,u,f,d,g,E,x)}set(t,e,n,s,r,o,a,l,c,h,u,f,d,g,E,x){let p=this.elements;return p[0]=t,p[4]=e,p[8]=n,p[12]=s,p[1]=r,p[5]=o,p[9]=a,p[13]=l,p[2]=c,p[6]=h,p[10]=u,p[14]=f,p[3]=d,p[7]=g,p[11]=E,p[15]=x,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new i().fromArray(this.elements)}copy(t){let e=this.elements,n=t.elements;return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],e[9]=n[9],e[10]=n[10],e[11]=n[11],e[12]=n[12],e[13]=n[13],e[14]=n[14],e[15]=n[15],this}copyPosition(t){let e=this.elements,n=t.elements;return e[12]=n[12],e[13]=n[13],e[14]=n[14],this}setFromMatrix3(t){let e=t.elements;return this.set(e[0],e[3],e[6],0,e[1],e[4],e[7],0,e[2],e[5],e[8],0,0,0,0,1),this}extractBasis(t,e,n){return this.determinantAffine()===0?(t.set(1,0,0),e.set(0,1,0),n.set(0,0,1),this):(t.setFromMatrixColumn(this,0),e.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(t,e,n){return this.set(t.x,e.x,n.x,0,t.y,e.y,n.y,0,t.z,e.z,n.z,0,0,0,0,1),this}extractRotation(t){if(t.determinantAffine()===0)return this.identity();let e=this.elements,n=t.elements,s=1/zs.setFromMatrixColumn(t,0).length(),r=1/zs.setFromMatrixColumn(t,1).length(),o=1/zs.setFromMatrixColumn(t,2).length();return e[0]=n[0]*s,e[1]=n[1]*s,e[2]=n[2]*s,e[3]=0,e[4]=n[4]*r,e[5]=n[5]*r,e[6]=n[6]*r,e[7]=0,e[8]=n[8]*o,e[9]=n[9]*o,e[10]=n[10]*o,e[11]=0,e[12]=0,e[13]=0,e[14]=0,e[15]=1,this}makeRotationFromEuler(t){let e=this.elements,n=t.x,s=t.y,r=t.z,o=Math.cos(n),a=Math.sin(n),l=Math.cos(s),c=Math.sin(s),h=Math.cos(r),u=Math.sin(r);if(t.order==="XYZ"){let f=o*h,d=o*u,g=a*h,E=a*u;e[0]=l*h,e[4]=-l*u,e[8]=c,e[1]=d+g*c,e[5]=f-E*c,e[9]=-a*l,e[2]=E-f*c,e[6]=g+d*c,e[10]=o*l}else if(t.order==="YXZ"){let f=l*h,d=l*u,g=c*h,E=c*u;e[0]=f+E*a,e[4]=g*a-d,e[8]=o*c,e[1]=o*u,e[5]=o*h,e[9]=-a,e[2]=d*a-g,e[6]=E+f*a,e[10]=o*l}else if(t.order==="ZXY"){let f=l*h,d=l*u,g=c*h,E=c*u;e[0]=f-E*a,e[4]=-o*u,e[8]=g+d*a,e[1]=d+g*a,e[5]=o*h,e[9]=E-f*a,e[2]=-o*c,e[6]=a,e[10]=o*l}else if(t.order==="ZYX"){let f=o*h,d=o*u,g=a*h,E=a*u;e[0]=l*h,e[4]=g*c-d,e[8]=f*c+E,e[1]=l*u,e[5]=E*c+f,e[9]=d*c-g,e[2]=-c,e[6]=a*l,e[10]=o*l}else if(t.order==="YZX"){let f=o*l,d=o*c,g=a*l,E=a*c;e[0]=l*h,e[4]=E-f*u,e[8]=g*u+d,e[1]=u,e[5]=o*h,e[9]=-a*h,e[2]=-c*h,e[6]=d*u+g,e[10]=f-E*u}else if(t.order==="XZY"){let f=o*l,d=o*c,g=a*l,E=a*c;e[0]=l*h,e[4]=-u,e[8]=c*h,e[1]=f*u+E,e[5]=o*h,e[9]=d*u-g,e[2]=g*u-d,e[6]=a*h,e[10]=E*u+f}return e[3]=0,e[7]=0,e[11]=0,e[12]=0,e[13]=0,e[14]=0,e[15]=1,this}makeRotationFromQuaternion(t){return this.compose(ny,t,iy)}lookAt(t,e,n){let s=this.elements;return vn.subVectors(t,e),vn.lengthSq()===0&&(vn.z=1),vn.normalize(),Li.crossVectors(n,vn),Li.lengthSq()===0&&(Math.abs(n.z)===1?vn.x+=1e-4:vn.z+=1e-4,vn.normalize(),Li.crossVectors(n,vn)),Li.normalize(),Yo.crossVectors(vn,Li),s[0]=Li.x,s[4]=Yo.x,s[8]=vn.x,s[1]=Li.y,s[5]=Yo.y,s[9]=vn.y,s[2]=Li.z,s[6]=Yo.z,s[10]=vn.z,this}multiply(t){return this.multiplyMatrices(this,t)}premultiply(t){return this.multiplyMatrices(t,this)}multiplyMatrices(t,e){let n=t.elements,s=e.elements,r=this.elements,o=n[0],a=n[4],l=n[8],c=n[12],h=n[1],u=n[5],f=n[9],d=n[13],g=n[2],E=n[6],x=n[10],p=n[14],M=n[3],A=n[7],b=n[11],R=n[15],_=s[0],y=s[4],T=s[8],k=s[12],D=s[1],z=s[5],F=s[9],q=s[13],L=s[2],$=s[6],J=s[10],G=s[14],ot=s[3],K=s[7],it=s[11],rt=s[15];return r[0]=o*_+a*D+l*L+c*ot,r[4]=o*y+a*z+l*$+c*K,r[8]=o*T+a*F+l*J+c*it,r[12]=o*k+a*q+l*G+c*rt,r[1]=h*_+u*D+f*L+d*ot,r[5]=h*y+u*z+f*$+d*K,r[9]=h*T+u*F+f*J+d*it,r[13]=h*k+u*q+f*G+d*rt,r[2]=g*_+E*D+x*L+p*ot,r[6]=g*y+E*z+x*$+p*K,r[10]=g*T+E*F+x*J+p*it,r[14]=g*k+E*q+x*G+p*rt,r[3]=M*_+A*D+b*L+R*ot,r[7]=M*y+A*z+b*$+R*K,r[11]=M*T+A*F+b*J+R*it,r[15]=M*k+A*q+b*G+R*rt,this}multiplyScalar(t){let e=this.elements;return e[0]*=t,e[4]*=t,e[8]*=t,e[12]*=t,e[1]*=t,e[5]*=t,e[9]*=t,e[13]*=t,e[2]*=t,e[6]*=t,e[10]*=t,e[14]*=t,e[3]*=t,e[7]*=t,e[11]*=t,e[15]*=t,this}determinant(){let t=this.elements,e=t[0],n=t[4],s=t[8],r=t[12],o=t[1],a=t[5],l=t[9],c=t[13],h=t[2],u=t[6],f=t[10],d=t[14],g=t[3],E=t[7],x=t[11],p=t[15],M=l*d-c*f,A=a*d-c*u,b=a*f-l*u,R=o*d-c*h,_=o*f-l*h,y=o*u-a*h;return e*(E*M-x*A+p*b)-n*(g*M-x*R+p*_)+s*(g*A-E*R+p*y)-r*(g*b-E*_+x*y)}determinantAffine(){let t=this.elements,e=t[0],n=t[4],s=t[8],r=t[1],o=t[5],a=t[9],l=t[2],c=t[6],h=t[10];return e*(o*h-a*c)-n*(r*h-a*l)+s*(r*c-o*l)}transpose(){let t=this.elements,e;return e=t[1],t[1]=t[4],t[4]=e,e=t[2],t[2]=t[8],t[8]=e,e=t[6],t[6]=t[9],t[9]=e,e=t[3],t[3]=t[12],t[12]=e,e=t[7],t[7]=t[13],t[13]=e,e=t[11],t[11]=t[14],t[14]=e,this}setPosition(t,e,n){let s=this.elements;return t.isVector3?(s[12]=t.x,s[13]=t.y,s[14]=t.z):(s[12]=t,s[13]=e,s[14]=n),this}invert(){let t=this.elements,e=t[0],n=t[1],s=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8],u=t[9],f=t[10],d=t[11],g=t[12],E=t[13],x=t[14],p=t[15],M=e*a-n*o,A=e*l-s*o,b=e*c-r*o,R=n*l-s*a,_=n*c-r*a,y=s*c-r*l,T=h*E-u*g,k=h*x-f*g,D=h*p-d*g,z=u*x-f*E,F=u*p-d*E,q=f*p-d*x,L=M*q-A*F+b*z+R*D-_*k+y*T;if(L===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let $=1/L;return t[0]=(a*q-l*F+c*z)*$,t[1]=(s*F-n*q-r*z)*$,t[2]=(E*y-x*_+p*R)*$,t[3]=(f*_-u*y-d*R)*$,t[4]=(l*D-o*q-c*k)*$,t[5]=(e*q-s*D+r*k)*$,t[6]=(x*b-g*y-p*A)*$,t[7]=(h*y-f*b+d*A)*$,t[8]=(o*F-a*D+c*T)*$,t[9]=(n*D-e*F-r*T)*$,t[10]=(g*_-E*b+p*M)*$,t[11]=(u*b-h*_-d*M)*$,t[12]=(a*k-o*z-l*T)*$,t[13]=(e*z-n*k+s*T)*$,t[14]=(E*A-g*R-x*M)*$,t[15]=(h*R-u*A+f*M)*$,this}scale(t){let e=this.elements,n=t.x,s=t.y,r=t.z;return e[0]*=n,e[4]*=s,e[8]*=r,e[1]*=n,e[5]*=s,e[9]*=r,e[2]*=n,e[6]*=s,e[10]*=r,e[3]*=n,e[7]*=s,e[11]*=r,this}getMaxScaleOnAxis(){let t=this.elements,e=t[0]*t[0]+t[1]*t[1]+t[2]*t[2],n=t[4]*t[4]+t[5]*t[5]+t[6]*t[6],s=t[8]*t[8]+t[9]*t[9]+t[10]*t[10];return Math.sqrt(Math.max(e,n,s))}makeTranslation(t,e,n){return t.isVector3?this.set(1,0,0,t.x,0,1,0,t.y,0,0,1,t.z,0,0,0,1):this.set(1,0,0,t,0,1,0,e,0,0,1,n,0,0,0,1),this}makeRotationX(t){let e=Math.cos(t),n=Math.sin(t);return this.set(1,0,0,0,0,e,-n,0,0,n,e,0,0,0,0,1),this}makeRotationY(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,0,n,0,0,1,0,0,-n,0,e,0,0,0,0,1),this}makeRotationZ(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,-n,0,0,n,e,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(t,e){let n=Math.cos(e),s=Math.sin(e),r=1-n,o=t.x,a=t.y,l=t.z,c=r*o,h=r*a;return this.set(c*o+n,c*a-s*l,c*l+s*a,0,c*a+s*l,h*a+n,h*l-s*o,0,c*l-s*a,h*l+s*o,r*l*l+n,0,0,0,0,1),this}makeScale(t,e,n){return this.set(t,0,0,0,0,e,0,0,0,0,n,0,0,0,0,1),this}makeShear(t,e,n,s,r,o){return this.set(1,n,r,0,t,1,o,0,e,s,1,0,0,0,0,1),this}compose(t,e,n){let s=this.elements,r=e._x,o=e._y,a=e._z,l=e._w,c=r+r,h=o+o,u=a+a,f=r*c,d=r*h,g=r*u,E=o*h,x=o*u,p=a*u,M=l*c,A=l*h,b=l*u,R=n.x,_=n.y,y=n.z;return s[0]=(1-(E+p))*R,s[1]=(d+b)*R,s[2]=(g-A)*R,s[3]=0,s[4]=(d-b)*_,s[5]=(1-(f+p))*_,s[6]=(x+M)*_,s[7]=0,s[8]=(g+A)*y,s[9]=(x-M)*y,s[10]=(1-(f+E))*y,s[11]=0,s[12]=t.x,s[13]=t.y,s[14]=t.z,s[15]=1,this}decompose(t,e,n){let s=this.elements;t.x=s[12],t.y=s[13],t.z=s[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),e.identity(),this;let o=zs.set(s[0],s[1],s[2]).length(),a=zs.set(s[4],s[5],s[6]).length(),l=zs.set(s[8],s[9],s[10]).length();r<0&&(o=-o),kn.copy(this);let c=1/o,h=1/a,u=1/l;return kn.elements[0]*=c,kn.elements[1]*=c,kn.elements[2]*=c,kn.elements[4]*=h,kn.elements[5]*=h,kn.elements[6]*=h,kn.elements[8]*=u,kn.elements[9]*=u,kn.elements[10]*=u,e.setFromRotationMatrix(kn),n.x=o,n.y=a,n.z=l,this}makePerspective(t,e,n,s,r,o,a=In,l=!1){let c=this.elements,h=2*r/(e-t),u=2*r/(n-s),f=(e+t)/(e-t),d=(n+s)/(n-s),g,E;if(l)g=r/(o-r),E=o*r/(o-r);else if(a===In)g=-(o+r)/(o-r),E=-2*o*r/(o-r);else if(a===tr)g=-o/(o-r),E=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=f,c[12]=0,c[1]=0,c[5]=u,c[9]=d,c[13]=0,c[2]=0,c[6]=0,c[10]=g,c[14]=E,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(t,e,n,s,r,o,a=In,l=!1){let c=this.elements,h=2/(e-t),u=2/(n-s),f=-(e+t)/(e-t),d=-(n+s)/(n-s),g,E;if(l)g=1/(o-r),E=o/(o-r);else if(a===In)g=-2/(o-r),E=-(o+r)/(o-r);else if(a===tr)g=-1/(o-r),E=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=0,c[12]=f,c[1]=0,c[5]=u,c[9]=0,c[13]=d,c[2]=0,c[6]=0,c[10]=g,c[14]=E,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(t){let e=this.elements,n=t.elements;for(let s=0;s<16;s++)if(e[s]!==n[s])return!1;return!0}fromArray(t,e=0){for(let n=0;n<16;n++)this.elements[n]=t[n+e];return this}toArray(t=[],e=0){let n=this.elements;return t[e]=n[0],t[e+1]=n[1],t[e+2]=n[2],t[e+3]=n[3],t[e+4]=n[4],t[e+5]=n[5],t[e+6]=n[6],t[e+7]=n[7],t[e+8]=n[8],t[e+9]=n[9],t[e+10]=n[10],t[e+11]=n[11],t[e+12]=n[12],t[e+13]=n[13],t[e+14]=n[14],t[e+15]=n[15],t}},zs=new H,kn=new Ce,ny=new H(0,0,0),iy=new H(1,1,1),Li=new H,Yo=new H,vn=new H,Md=new Ce,bd=new ti,vi=class i{constructor(t=0,e=0,n=0,s=i.DEFAULT_ORDER){this.isEuler=!0,this._x=t,this._y=e,this._z=n,this._order=s}get x(){return this._x}set x(t){this._x=t,this._onChangeCallback()}get y(){return this._y}set y(t){this._y=t,this._onChangeCallback()}get z(){return this._z}set z(t){this._z=t,this._onChangeCallback()}get order(){return this._order}set order(t){this._order=t,this._onChangeCallback()}set(t,e,n,s=this._order){return this._x=t,this._y=e,this._z=n,this._order=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(t){return this._x=t._x,this._y=t._y,this._z=t._z,this._order=t._order,this._onChangeCallback(),this}setFromRotationMatrix(t,e=this._order,n=!0){let s=t.elements,r=s[0],o=s[4],a=s[8],l=s[1],c=s[5],h=s[9],u=s[2],f=s[6],d=s[10];switch(e){case"XYZ":this._y=Math.asin(oe(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-h,d),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(f,c),this._z=0);break;case"YXZ":this._x=Math.asin(-oe(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(a,d),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-u,r),this._z=0);break;case"ZXY":this._x=Math.asin(oe(f,-1,1)),Math.abs(f)<.9999999?(this._y=Math.atan2(-u,d),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,r));break;case"ZYX":this._y=Math.asin(-oe(u,-1,1)),Math.abs(u)<.9999999?(this._x=Math.atan2(f,d),this._z=Math.atan2(l,r)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(oe(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-u,r)):(this._x=0,this._y=Math.atan2(a,d));break;case"XZY":this._z=Math.asin(-oe(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(f,c),this._y=Math.atan2(a,r)):(this._x=Math.atan2(-h,d),this._y=0);break;default:Gt("Euler: .setFromRotationMatrix() encountered an unknown order: "+e)}return this._order=e,n===!0&&this._onChangeCallback(),this}setFromQuaternion(t,e,n){return Md.makeRotationFromQuaternion(t),this.setFromRotationMatrix(Md,e,n)}setFromVector3(t,e=this._order){return this.set(t.x,t.y,t.z,e)}reorder(t){return bd.setFromEuler(this),this.setFromQuaternion(bd,t)}equals(t){return t._x===this._x&&t._y===this._y&&t._z===this._z&&t._order===this._order}fromArray(t){return this._x=t[0],this._y=t[1],this._z=t[2],t[3]!==void 0&&(this._order=t[3]),this._onChangeCallback(),this}toArray(t=[],e=0){return t[e]=this._x,t[e+1]=this._y,t[e+2]=this._z,t[e+3]=this._order,t}_onChange(t){return this._onChangeCallback=t,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};vi.DEFAULT_ORDER="XYZ";var Vr=class{constructor(){this.mask=1}set(t){this.mask=(1<<t|0)>>>0}enable(t){this.mask|=1<<t|0}enableAll(){this.mask=-1}toggle(t){this.mask^=1<<t|0}disable(t){this.mask&=~(1<<t|0)}disableAll(){this.mask=0}test(t){return(this.mask&t.mask)!==0}isEnabled(t){return(this.mask&(1<<t|0))!==0}},sy=0,Ed=new H,Gs=new ti,di=new Ce,Zo=new H,Pr=new H,ry=new H,oy=new ti,Ad=new H(1,0,0),Td=new H(0,1,0),Rd=new H(0,0,1),Cd={type:"added"},ay={type:"removed"},Hs={type:"childadded",child:null},dh={type:"childremoved",child:null},rn=class i extends Qn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:sy++}),this.uuid=co(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let t=new H,e=new vi,n=new ti,s=new H(1,1,1);function r(){n.setFromEuler(e,!1)}function o(){e.setFromQuaternion(n,void 0,!1)}e._onChange(r),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:t},rotation:{configurable:!0,enumerable:!0,value:e},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:s},modelViewMatrix:{value:new Ce},normalMatrix:{value:new Xt}}),this.matrix=new Ce,this.matrixWorld=new Ce,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Vr,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(t){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(t),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(t){return this.quaternion.premultiply(t),this}setRotationFromAxisAngle(t,e){this.quaternion.setFromAxisAngle(t,e)}setRotationFromEuler(t){this.quaternion.setFromEuler(t,!0)}setRotationFromMatrix(t){this.quaternion.setFromRotationMatrix(t)}setRotationFromQuaternion(t){this.quaternion.copy(t)}rotateOnAxis(t,e){return Gs.setFromAxisAngle(t,e),this.quaternion.multiply(Gs),this}rotateOnWorldAxis(t,e){return Gs.setFromAxisAngle(t,e),this.quaternion.premultiply(Gs),this}rotateX(t){return this.rotateOnAxis(Ad,t)}rotateY(t){return this.rotateOnAxis(Td,t)}rotateZ(t){return this.rotateOnAxis(Rd,t)}translateOnAxis(t,e){return Ed.copy(t).applyQuaternion(this.quaternion),this.position.add(Ed.multiplyScalar(e)),this}translateX(t){return this.translateOnAxis(Ad,t)}translateY(t){return this.translateOnAxis(Td,t)}translateZ(t){return this.translateOnAxis(Rd,t)}localToWorld(t){return this.updateWorldMatrix(!0,!1),t.applyMatrix4(this.matrixWorld)}worldToLocal(t){return this.updateWorldMatrix(!0,!1),t.applyMatrix4(di.copy(this.matrixWorld).invert())}lookAt(t,e,n){t.isVector3?Zo.copy(t):Zo.set(t,e,n);let s=this.parent;this.updateWorldMatrix(!0,!1),Pr.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?di.lookAt(Pr,Zo,this.up):di.lookAt(Zo,Pr,this.up),this.quaternion.setFromRotationMatrix(di),s&&(di.extractRotation(s.matrixWorld),Gs.setFromRotationMatrix(di),this.quaternion.premultiply(Gs.invert()))}add(t){if(arguments.length>1){for(let e=0;e<arguments.length;e++)this.add(arguments[e]);return this}return t===this?(Vt("Object3D.add: object can't be added as a child of itself.",t),this):(t&&t.isObject3D?(t.removeFromParent(),t.parent=this,this.children.push(t),t.dispatchEvent(Cd),Hs.child=t,this.dispatchEvent(Hs),Hs.child=null):Vt("Object3D.add: object not an instance of THREE.Object3D.",t),this)}remove(t){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let e=this.children.indexOf(t);return e!==-1&&(t.parent=null,this.children.splice(e,1),t.dispatchEvent(ay),dh.child=t,this.dispatchEvent(dh),dh.child=null),this}removeFromParent(){let t=this.parent;return t!==null&&t.remove(this),this}clear(){return this.remove(...this.children)}attach(t){return this.updateWorldMatrix(!0,!1),di.copy(this.matrixWorld).invert(),t.parent!==null&&(t.parent.updateWorldMatrix(!0,!1),di.multiply(t.parent.matrixWorld)),t.applyMatrix4(di),t.removeFromParent(),t.parent=this,this.children.push(t),t.updateWorldMatrix(!1,!0),t.dispatchEvent(Cd),Hs.child=t,this.dispatchEvent(Hs),Hs.child=null,this}getObjectById(t){return this.getObjectByProperty("id",t)}getObjectByName(t){return this.getObjectByProperty("name",t)}getObjectByProperty(t,e){if(this[t]===e)return this;for(let n=0,s=this.children.length;n<s;n++){let o=this.children[n].getObjectByProperty(t,e);if(o!==void 0)return o}}getObjectsByProperty(t,e,n=[]){this[t]===e&&n.push(this);let s=this.children;for(let r=0,o=s.length;r<o;r++)s[r].getObjectsByProperty(t,e,n);return n}getWorldPosition(t){return this.updateWorldMatrix(!0,!1),t.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(t){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Pr,t,ry),t}getWorldScale(t){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Pr,oy,t),t}getWorldDirection(t){this.updateWorldMatrix(!0,!1);let e=this.matrixWorld.elements;return t.set(e[8],e[9],e[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(t){t(this);let e=this.children;for(let n=0,s=e.length;n<s;n++)e[n].traverse(t)}traverseVisible(t){if(this.visible===!1)return;t(this);let e=this.children;for(let n=0,s=e.length;n<s;n++)e[n].traverseVisible(t)}traverseAncestors(t){let e=this.parent;e!==null&&(t(e),e.traverseAncestors(t))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let t=this.pivot;if(t!==null){let e=t.x,n=t.y,s=t.z,r=this.matrix.elements;r[12]+=e-r[0]*e-r[4]*n-r[8]*s,r[13]+=n-r[1]*e-r[5]*n-r[9]*s,r[14]+=s-r[2]*e-r[6]*n-r[10]*s}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(t){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||t)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,t=!0);let e=this.children;for(let n=0,s=e.length;n<s;n++)e[n].updateMatrixWorld(t)}updateWorldMatrix(t,e,n=!1){let s=this.parent;if(t===!0&&s!==null&&s.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),e===!0){let r=this.children;for(let o=0,a=r.length;o<a;o++)r[o].updateWorldMatrix(!1,!0,n)}}toJSON(t){let e=t===void 0||typeof t=="string",n={};e&&(t={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let s={};s.uuid=this.uuid,s.type=this.type,s.name=this.name,s.castShadow=this.castShadow,s.receiveShadow=this.receiveShadow,s.visible=this.visible,s.frustumCulled=this.frustumCulled,s.renderOrder=this.renderOrder,s.static=this.static,s.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(s.userData=this.userData),s.layers=this.layers.mask,s.matrix=this.matrix.toArray(),s.up=this.up.toArray(),this.pivot!==null&&(s.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(s.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(s.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(s.type="InstancedMesh",s.count=this.count,s.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(s.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(s.type="BatchedMesh",s.perObjectFrustumCulled=this.perObjectFrustumCulled,s.sortObjects=this.sortObjects,s.drawRanges=this._drawRanges,s.reservedRanges=this._reservedRanges,s.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),s.instanceInfo=this._instanceInfo.map(a=>({...a})),s.availableInstanceIds=this._availableInstanceIds.slice(),s.availableGeometryIds=this._availableGeometryIds.slice(),s.nextIndexStart=this._nextIndexStart,s.nextVertexStart=this._nextVertexStart,s.geometryCount=this._geometryCount,s.maxInstanceCount=this._maxInstanceCount,s.maxVertexCount=this._maxVertexCount,s.maxIndexCount=this._maxIndexCount,s.geometryInitialized=this._geometryInitialized,s.matricesTexture=this._matricesTexture.toJSON(t),s.indirectTexture=this._indirectTexture.toJSON(t),this._colorsTexture!==null&&(s.colorsTexture=this._colorsTexture.toJSON(t)),this.boundingSphere!==null&&(s.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(s.boundingBox=this.boundingBox.toJSON()));function r(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(t)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?s.background=this.background.toJSON():this.background.isTexture&&(s.background=this.background.toJSON(t).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(s.environment=this.environment.toJSON(t).uuid);else if(this.isMesh||this.isLine||this.isPoints){s.geometry=r(t.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let u=l[c];r(t.shapes,u)}else r(t.shapes,l)}}if(this.isSkinnedMesh&&(s.bindMode=this.bindMode,s.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(t.skeletons,this.skeleton),s.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(r(t.materials,this.material[l]));s.material=a}else s.material=r(t.materials,this.material);if(this.children.length>0){s.children=[];for(let a=0;a<this.children.length;a++)s.children.push(this.children[a].toJSON(t).object)}if(this.animations.length>0){s.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];s.animations.push(r(t.animations,l))}}if(e){let a=o(t.geometries),l=o(t.materials),c=o(t.textures),h=o(t.images),u=o(t.shapes),f=o(t.skeletons),d=o(t.animations),g=o(t.nodes);a.length>0&&(n.geometries=a),l.length>0&&(n.materials=l),c.length>0&&(n.textures=c),h.length>0&&(n.images=h),u.length>0&&(n.shapes=u),f.length>0&&(n.skeletons=f),d.length>0&&(n.animations=d),g.length>0&&(n.nodes=g)}return n.object=s,n;function o(a){let l=[];for(let c in a){let h=a[c];delete h.metadata,l.push(h)}return l}}clone(t){return new this.constructor().copy(this,t)}copy(t,e=!0){if(this.name=t.name,this.up.copy(t.up),this.position.copy(t.position),this.rotation.order=t.rotation.order,this.quaternion.copy(t.quaternion),this.scale.copy(t.scale),this.pivot=t.pivot!==null?t.pivot.clone():null,this.matrix.copy(t.matrix),this.matrixWorld.copy(t.matrixWorld),this.matrixAutoUpdate=t.matrixAutoUpdate,this.matrixWorldAutoUpdate=t.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=t.matrixWorldNeedsUpdate,this.layers.mask=t.layers.mask,this.visible=t.visible,this.castShadow=t.castShadow,this.receiveShadow=t.receiveShadow,this.frustumCulled=t.frustumCulled,this.renderOrder=t.renderOrder,this.static=t.static,this.animations=t.animations.slice(),this.userData=JSON.parse(JSON.stringify(t.userData)),e===!0)for(let n=0;n<t.children.length;n++){let s=t.children[n];this.add(s.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};rn.DEFAULT_UP=new H(0,1,0);rn.DEFAULT_MATRIX_AUTO_UPDATE=!0;rn.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var sn=class extends rn{constructor(){super(),this.isGroup=!0,this.type="Group"}},ly={type:"move"},ir=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new sn,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new sn,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new H,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new H),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new sn,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new H,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new H,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(t){return this._targetRay!==null&&this._targetRay.dispatchEvent(t),this._grip!==null&&this._grip.dispatchEvent(t),this._hand!==null&&this._hand.dispatchEvent(t),this}connect(t){if(t&&t.hand){let e=this._hand;if(e)for(let n of t.hand.values())this._getHandJoint(e,n)}return this.dispatchEvent({type:"connected",data:t}),this}disconnect(t){return this.dispatchEvent({type:"disconnected",data:t}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(t,e,n){let s=null,r=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(t&&e.session.visibilityState!=="visible-blurred"){if(c&&t.hand){o=!0;for(let E of t.hand.values()){let x=e.getJointPose(E,n),p=this._getHandJoint(c,E);x!==null&&(p.matrix.fromArray(x.transform.matrix),p.matrix.decompose(p.position,p.quaternion,p.scale),p.matrixWorldNeedsUpdate=!0,p.jointRadius=x.radius),p.visible=x!==null}let h=c.joints["index-finger-tip"],u=c.joints["thumb-tip"],f=h.position.distanceTo(u.position),d=.02,g=.005;c.inputState.pinching&&f>d+g?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:t.handedness,target:this})):!c.inputState.pinching&&f<=d-g&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:t.handedness,target:this}))}else l!==null&&t.gripSpace&&(r=e.getPose(t.gripSpace,n),r!==null&&(l.matrix.fromArray(r.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,r.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(r.linearVelocity)):l.hasLinearVelocity=!1,r.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(r.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:t,target:this})));a!==null&&(s=e.getPose(t.targetRaySpace,n),s===null&&r!==null&&(s=r),s!==null&&(a.matrix.fromArray(s.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,s.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(s.linearVelocity)):a.hasLinearVelocity=!1,s.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(s.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(ly)))}return a!==null&&(a.visible=s!==null),l!==null&&(l.visible=r!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(t,e){if(t.joints[e.jointName]===void 0){let n=new sn;n.matrixAutoUpdate=!1,n.visible=!1,t.joints[e.jointName]=n,t.add(n)}return t.joints[e.jointName]}},Cp={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Ui={h:0,s:0,l:0},Jo={h:0,s:0,l:0};function ph(i,t,e){return e<0&&(e+=1),e>1&&(e-=1),e<1/6?i+(t-i)*6*e:e<1/2?t:e<2/3?i+(t-i)*6*(2/3-e):i}var Jt=class{constructor(t,e,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(t,e,n)}set(t,e,n){if(e===void 0&&n===void 0){let s=t;s&&s.isColor?this.copy(s):typeof s=="number"?this.setHex(s):typeof s=="string"&&this.setStyle(s)}else this.setRGB(t,e,n);return this}setScalar(t){return this.r=t,this.g=t,this.b=t,this}setHex(t,e=Ke){return t=Math.floor(t),this.r=(t>>16&255)/255,this.g=(t>>8&255)/255,this.b=(t&255)/255,ce.colorSpaceToWorking(this,e),this}setRGB(t,e,n,s=ce.workingColorSpace){return this.r=t,this.g=e,this.b=n,ce.colorSpaceToWorking(this,s),this}setHSL(t,e,n,s=ce.workingColorSpace){if(t=Jx(t,1),e=oe(e,0,1),n=oe(n,0,1),e===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+e):n+e-n*e,o=2*n-r;this.r=ph(o,r,t+1/3),this.g=ph(o,r,t),this.b=ph(o,r,t-1/3)}return ce.colorSpaceToWorking(this,s),this}setStyle(t,e=Ke){function n(r){r!==void 0&&parseFloat(r)<1&&Gt("Color: Alpha component of "+t+" will be ignored.")}let s;if(s=/^(\w+)\(([^\)]*)\)/.exec(t)){let r,o=s[1],a=s[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,e);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,e);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,e);break;default:Gt("Color: Unknown color model "+t)}}else if(s=/^\#([A-Fa-f\d]+)$/.exec(t)){let r=s[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,e);if(o===6)return this.setHex(parseInt(r,16),e);Gt("Color: Invalid hex color "+t)}else if(t&&t.length>0)return this.setColorName(t,e);return this}setColorName(t,e=Ke){let n=Cp[t.toLowerCase()];return n!==void 0?this.setHex(n,e):Gt("Color: Unknown color "+t),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(t){return this.r=t.r,this.g=t.g,this.b=t.b,this}copySRGBToLinear(t){return this.r=yi(t.r),this.g=yi(t.g),this.b=yi(t.b),this}copyLinearToSRGB(t){return this.r=js(t.r),this.g=js(t.g),this.b=js(t.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(t=Ke){return ce.workingToColorSpace(nn.copy(this),t),Math.round(oe(nn.r*255,0,255))*65536+Math.round(oe(nn.g*255,0,255))*256+Math.round(oe(nn.b*255,0,255))}getHexString(t=Ke){return("000000"+this.getHex(t).toString(16)).slice(-6)}getHSL(t,e=ce.workingColorSpace){ce.workingToColorSpace(nn.copy(this),e);let n=nn.r,s=nn.g,r=nn.b,o=Math.max(n,s,r),a=Math.min(n,s,r),l,c,h=(a+o)/2;if(a===o)l=0,c=0;else{let u=o-a;switch(c=h<=.5?u/(o+a):u/(2-o-a),o){case n:l=(s-r)/u+(s<r?6:0);break;case s:l=(r-n)/u+2;break;case r:l=(n-s)/u+4;break}l/=6}return t.h=l,t.s=c,t.l=h,t}getRGB(t,e=ce.workingColorSpace){return ce.workingToColorSpace(nn.copy(this),e),t.r=nn.r,t.g=nn.g,t.b=nn.b,t}getStyle(t=Ke){ce.workingToColorSpace(nn.copy(this),t);let e=nn.r,n=nn.g,s=nn.b;return t!==Ke?`color(${t} ${e.toFixed(3)} ${n.toFixed(3)} ${s.toFixed(3)})`:`rgb(${Math.round(e*255)},${Math.round(n*255)},${Math.round(s*255)})`}offsetHSL(t,e,n){return this.getHSL(Ui),this.setHSL(Ui.h+t,Ui.s+e,Ui.l+n)}add(t){return this.r+=t.r,this.g+=t.g,this.b+=t.b,this}addColors(t,e){return this.r=t.r+e.r,this.g=t.g+e.g,this.b=t.b+e.b,this}addScalar(t){return this.r+=t,this.g+=t,this.b+=t,this}sub(t){return this.r=Math.max(0,this.r-t.r),this.g=Math.max(0,this.g-t.g),this.b=Math.max(0,this.b-t.b),this}multiply(t){return this.r*=t.r,this.g*=t.g,this.b*=t.b,this}multiplyScalar(t){return this.r*=t,this.g*=t,this.b*=t,this}lerp(t,e){return this.r+=(t.r-this.r)*e,this.g+=(t.g-this.g)*e,this.b+=(t.b-this.b)*e,this}lerpColors(t,e,n){return this.r=t.r+(e.r-t.r)*n,this.g=t.g+(e.g-t.g)*n,this.b=t.b+(e.b-t.b)*n,this}lerpHSL(t,e){this.getHSL(Ui),t.getHSL(Jo);let n=lh(Ui.h,Jo.h,e),s=lh(Ui.s,Jo.s,e),r=lh(Ui.l,Jo.l,e);return this.setHSL(n,s,r),this}setFromVector3(t){return this.r=t.x,this.g=t.y,this.b=t.z,this}applyMatrix3(t){let e=this.r,n=this.g,s=this.b,r=t.elements;return this.r=r[0]*e+r[3]*n+r[6]*s,this.g=r[1]*e+r[4]*n+r[7]*s,this.b=r[2]*e+r[5]*n+r[8]*s,this}equals(t){return t.r===this.r&&t.g===this.g&&t.b===this.b}fromArray(t,e=0){return this.r=t[e],this.g=t[e+1],this.b=t[e+2],this}toArray(t=[],e=0){return t[e]=this.r,t[e+1]=this.g,t[e+2]=this.b,t}fromBufferAttribute(t,e){return this.r=t.getX(e),this.g=t.getY(e),this.b=t.getZ(e),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},nn=new Jt;Jt.NAMES=Cp;var wi=class extends rn{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new vi,this.environmentIntensity=1,this.environmentRotation=new vi,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(t,e){return super.copy(t,e),this.background=t.background!==null?t.background.clone():null,this.environment=t.environment!==null?t.environment.clone():null,this.fog=t.fog!==null?t.fog.clone():null,this.backgroundBlurriness=t.backgroundBlurriness,this.backgroundIntensity=t.backgroundIntensity,this.backgroundRotation.copy(t.backgroundRotation),this.environmentIntensity=t.environmentIntensity,this.environmentRotation.copy(t.environmentRotation),this.overrideMaterial=t.overrideMaterial!==null?t.overrideMaterial.clone():null,this.matrixAutoUpdate=t.matrixAutoUpdate,this}toJSON(t){let e=super.toJSON(t);return this.fog!==null&&(e.object.fog=this.fog.toJSON()),e.object.backgroundBlurriness=this.backgroundBlurriness,e.object.backgroundIntensity=this.backgroundIntensity,e.object.backgroundRotation=this.backgroundRotation.toArray(),e.object.environmentIntensity=this.environmentIntensity,e.object.environmentRotation=this.environmentRotation.toArray(),e}},zn=new H,pi=new H,mh=new H,mi=new H,Vs=new H,Ws=new H,Id=new H,gh=new H,xh=new H,yh=new H,_h=new Ie,vh=new Ie,wh=new Ie,Oi=class i{constructor(t=new H,e=new H,n=new H){this.a=t,this.b=e,this.c=n}static getNormal(t,e,n,s){s.subVectors(n,e),zn.subVectors(t,e),s.cross(zn);let r=s.lengthSq();return r>0?s.multiplyScalar(1/Math.sqrt(r)):s.set(0,0,0)}static getBarycoord(t,e,n,s,r){zn.subVectors(s,e),pi.subVectors(n,e),mh.subVectors(t,e);let o=zn.dot(zn),a=zn.dot(pi),l=zn.dot(mh),c=pi.dot(pi),h=pi.dot(mh),u=o*c-a*a;if(u===0)return r.set(0,0,0),null;let f=1/u,d=(c*l-a*h)*f,g=(o*h-a*l)*f;return r.set(1-d-g,g,d)}static containsPoint(t,e,n,s){return this.getBarycoord(t,e,n,s,mi)===null?!1:mi.x>=0&&mi.y>=0&&mi.x+mi.y<=1}static getInterpolation(t,e,n,s,r,o,a,l){return this.getBarycoord(t,e,n,s,mi)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(r,mi.x),l.addScaledVector(o,mi.y),l.addScaledVector(a,mi.z),l)}static getInterpolatedAttribute(t,e,n,s,r,o){return _h.setScalar(0),vh.setScalar(0),wh.setScalar(0),_h.fromBufferAttribute(t,e),vh.fromBufferAttribute(t,n),wh.fromBufferAttribute(t,s),o.setScalar(0),o.addScaledVector(_h,r.x),o.addScaledVector(vh,r.y),o.addScaledVector(wh,r.z),o}static isFrontFacing(t,e,n,s){return zn.subVectors(n,e),pi.subVectors(t,e),zn.cross(pi).dot(s)<0}set(t,e,n){return this.a.copy(t),this.b.copy(e),this.c.copy(n),this}setFromPointsAndIndices(t,e,n,s){return this.a.copy(t[e]),this.b.copy(t[n]),this.c.copy(t[s]),this}setFromAttributeAndIndices(t,e,n,s){return this.a.fromBufferAttribute(t,e),this.b.fromBufferAttribute(t,n),this.c.fromBufferAttribute(t,s),this}clone(){return new this.constructor().copy(this)}copy(t){return this.a.copy(t.a),this.b.copy(t.b),this.c.copy(t.c),this}getArea(){return zn.subVectors(this.c,this.b),pi.subVectors(this.a,this.b),zn.cross(pi).length()*.5}getMidpoint(t){return t.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(t){return i.getNormal(this.a,this.b,this.c,t)}getPlane(t){return t.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(t,e){return i.getBarycoord(t,this.a,this.b,this.c,e)}getInterpolation(t,e,n,s,r){return i.getInterpolation(t,this.a,this.b,this.c,e,n,s,r)}containsPoint(t){return i.containsPoint(t,this.a,this.b,this.c)}isFrontFacing(t){return i.isFrontFacing(this.a,this.b,this.c,t)}intersectsBox(t){return t.intersectsTriangle(this)}closestPointToPoint(t,e){let n=this.a,s=this.b,r=this.c,o,a;Vs.subVectors(s,n),Ws.subVectors(r,n),gh.subVectors(t,n);let l=Vs.dot(gh),c=Ws.dot(gh);if(l<=0&&c<=0)return e.copy(n);xh.subVectors(t,s);let h=Vs.dot(xh),u=Ws.dot(xh);if(h>=0&&u<=h)return e.copy(s);let f=l*u-h*c;if(f<=0&&l>=0&&h<=0&&l-h>0)return o=l/(l-h),e.copy(n).addScaledVector(Vs,o);yh.subVectors(t,r);let d=Vs.dot(yh),g=Ws.dot(yh);if(g>=0&&d<=g)return e.copy(r);let E=d*c-l*g;if(E<=0&&c>=0&&g<=0)return a=c/(c-g),e.copy(n).addScaledVector(Ws,a);let x=h*g-d*u;if(x<=0&&u-h>=0&&d-g>=0)return Id.subVectors(r,s),a=(u-h)/(u-h+(d-g)),e.copy(s).addScaledVector(Id,a);let p=1/(x+E+f);return o=E*p,a=f*p,e.copy(n).addScaledVector(Vs,o).addScaledVector(Ws,a)}equals(t){return t.a.equals(this.a)&&t.b.equals(this.b)&&t.c.equals(this.c)}},Bi=class{constructor(t=new H(1/0,1/0,1/0),e=new H(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=t,this.max=e}set(t,e){return this.min.copy(t),this.max.copy(e),this}setFromArray(t){this.makeEmpty();for(let e=0,n=t.length;e<n;e+=3)this.expandByPoint(Gn.fromArray(t,e));return this}setFromBufferAttribute(t){this.makeEmpty();for(let e=0,n=t.count;e<n;e++)this.expandByPoint(Gn.fromBufferAttribute(t,e));return this}setFromPoints(t){this.makeEmpty();for(let e=0,n=t.length;e<n;e++)this.expandByPoint(t[e]);return this}setFromCenterAndSize(t,e){let n=Gn.copy(e).multiplyScalar(.5);return this.min.copy(t).sub(n),this.max.copy(t).add(n),this}setFromObject(t,e=!1){return this.makeEmpty(),this.expandByObject(t,e)}clone(){return new this.constructor().copy(this)}copy(t){return this.min.copy(t.min),this.max.copy(t.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(t){return this.isEmpty()?t.set(0,0,0):t.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(t){return this.isEmpty()?t.set(0,0,0):t.subVectors(this.max,this.min)}expandByPoint(t){return this.min.min(t),this.max.max(t),this}expandByVector(t){return this.min.sub(t),this.max.add(t),this}expandByScalar(t){return this.min.addScalar(-t),this.max.addScalar(t),this}expandByObject(t,e=!1){t.updateWorldMatrix(!1,!1);let n=t.geometry;if(n!==void 0){let r=n.getAttribute("position");if(e===!0&&r!==void 0&&t.isInstancedMesh!==!0&&t.isBatchedMesh!==!0)for(let o=0,a=r.count;o<a;o++)t.isMesh===!0?t.getVertexPosition(o,Gn):Gn.fromBufferAttribute(r,o),Gn.applyMatrix4(t.matrixWorld),this.expandByPoint(Gn);else t.boundingBox!==void 0?(t.boundingBox===null&&t.computeBoundingBox(),Ko.copy(t.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),Ko.copy(n.boundingBox)),Ko.applyMatrix4(t.matrixWorld),this.union(Ko)}let s=t.children;for(let r=0,o=s.length;r<o;r++)this.expandByObject(s[r],e);return this}containsPoint(t){return t.x>=this.min.x&&t.x<=this.max.x&&t.y>=this.min.y&&t.y<=this.max.y&&t.z>=this.min.z&&t.z<=this.max.z}containsBox(t){return this.min.x<=t.min.x&&t.max.x<=this.max.x&&this.min.y<=t.min.y&&t.max.y<=this.max.y&&this.min.z<=t.min.z&&t.max.z<=this.max.z}getParameter(t,e){return e.set((t.x-this.min.x)/(this.max.x-this.min.x),(t.y-this.min.y)/(this.max.y-this.min.y),(t.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(t){return t.max.x>=this.min.x&&t.min.x<=this.max.x&&t.max.y>=this.min.y&&t.min.y<=this.max.y&&t.max.z>=this.min.z&&t.min.z<=this.max.z}intersectsSphere(t){return this.clampPoint(t.center,Gn),Gn.distanceToSquared(t.center)<=t.radius*t.radius}intersectsPlane(t){let e,n;return t.normal.x>0?(e=t.normal.x*this.min.x,n=t.normal.x*this.max.x):(e=t.normal.x*this.max.x,n=t.normal.x*this.min.x),t.normal.y>0?(e+=t.normal.y*this.min.y,n+=t.normal.y*this.max.y):(e+=t.normal.y*this.max.y,n+=t.normal.y*this.min.y),t.normal.z>0?(e+=t.normal.z*this.min.z,n+=t.normal.z*this.max.z):(e+=t.normal.z*this.max.z,n+=t.normal.z*this.min.z),e<=-t.constant&&n>=-t.constant}intersectsTriangle(t){if(this.isEmpty())return!1;this.getCenter(Lr),jo.subVectors(this.max,Lr),Xs.subVectors(t.a,Lr),$s.subVectors(t.b,Lr),qs.subVectors(t.c,Lr),Di.subVectors($s,Xs),Ni.subVectors(qs,$s),as.subVectors(Xs,qs);let e=[0,-Di.z,Di.y,0,-Ni.z,Ni.y,0,-as.z,as.y,Di.z,0,-Di.x,Ni.z,0,-Ni.x,as.z,0,-as.x,-Di.y,Di.x,0,-Ni.y,Ni.x,0,-as.y,as.x,0];return!Sh(e,Xs,$s,qs,jo)||(e=[1,0,0,0,1,0,0,0,1],!Sh(e,Xs,$s,qs,jo))?!1:(Qo.crossVectors(Di,Ni),e=[Qo.x,Qo.y,Qo.z],Sh(e,Xs,$s,qs,jo))}clampPoint(t,e){return e.copy(t).clamp(this.min,this.max)}distanceToPoint(t){return this.clampPoint(t,Gn).distanceTo(t)}getBoundingSphere(t){return this.isEmpty()?t.makeEmpty():(this.getCenter(t.center),t.radius=this.getSize(Gn).length()*.5),t}intersect(t){return this.min.max(t.min),this.max.min(t.max),this.isEmpty()&&this.makeEmpty(),this}union(t){return this.min.min(t.min),this.max.max(t.max),this}applyMatrix4(t){return this.isEmpty()?this:(gi[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(t),gi[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(t),gi[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(t),gi[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(t),gi[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(t),gi[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(t),gi[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(t),gi[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(t),this.setFromPoints(gi),this)}translate(t){return this.min.add(t),this.max.add(t),this}equals(t){return t.min.equals(this.min)&&t.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(t){return this.min.fromArray(t.min),this.max.fromArray(t.max),this}},gi=[new H,new H,new H,new H,new H,new H,new H,new H],Gn=new H,Ko=new Bi,Xs=new H,$s=new H,qs=new H,Di=new H,Ni=new H,as=new H,Lr=new H,jo=new H,Qo=new H,ls=new H;function Sh(i,t,e,n,s){for(let r=0,o=i.length-3;r<=o;r+=3){ls.fromArray(i,r);let a=s.x*Math.abs(ls.x)+s.y*Math.abs(ls.y)+s.z*Math.abs(ls.z),l=t.dot(ls),c=e.dot(ls),h=n.dot(ls);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>a)return!1}return!0}var ze=new H,ta=new kt,cy=0,Qe=class extends Qn{constructor(t,e,n=!1){if(super(),Array.isArray(t))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:cy++}),this.name="",this.array=t,this.itemSize=e,this.count=t!==void 0?t.length/e:0,this.normalized=n,this.usage=Mp,this.updateRanges=[],this.gpuType=Wn,this.version=0,this._normalizationScale=t!==void 0?fu(t):void 0}onUploadCallback(){}set needsUpdate(t){t===!0&&this.version++}setUsage(t){return this.usage=t,this}addUpdateRange(t,e){this.updateRanges.push({start:t,count:e})}clearUpdateRanges(){this.updateRanges.length=0}copy(t){return this.name=t.name,this.array=new t.array.constructor(t.array),this.itemSize=t.itemSize,this.count=t.count,this.normalized=t.normalized,this.usage=t.usage,this.gpuType=t.gpuType,this._normalizationScale=t._normalizationScale,this}copyAt(t,e,n){t*=this.itemSize,n*=e.itemSize;for(let s=0,r=this.itemSize;s<r;s++)this.array[t+s]=e.array[n+s];return this}copyArray(t){return this.array.set(t),this}applyMatrix3(t){if(this.itemSize===2)for(let e=0,n=this.count;e<n;e++)ta.fromBufferAttribute(this,e),ta.applyMatrix3(t),this.setXY(e,ta.x,ta.y);else if(this.itemSize===3)for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.applyMatrix3(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}applyMatrix4(t){for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.applyMatrix4(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}applyNormalMatrix(t){for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.applyNormalMatrix(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}transformDirection(t){for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.transformDirection(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}set(t,e=0){return this.array.set(t,e),this}getComponent(t,e){let n=this.array[t*this.itemSize+e];return this.normalized&&(n=this._denormalize(n)),n}setComponent(t,e,n){return this.normalized&&(n=this._normalize(n)),this.array[t*this.itemSize+e]=n,this}getX(t){let e=this.array[t*this.itemSize];return this.normalized&&(e=this._denormalize(e)),e}setX(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize]=e,this}getY(t){let e=this.array[t*this.itemSize+1];return this.normalized&&(e=this._denormalize(e)),e}setY(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+1]=e,this}getZ(t){let e=this.array[t*this.itemSize+2];return this.normalized&&(e=this._denormalize(e)),e}setZ(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+2]=e,this}getW(t){let e=this.array[t*this.itemSize+3];return this.normalized&&(e=this._denormalize(e)),e}setW(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+3]=e,this}setXY(t,e,n){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n)),this.array[t+0]=e,this.array[t+1]=n,this}setXYZ(t,e,n,s){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n),s=this._normalize(s)),this.array[t+0]=e,this.array[t+1]=n,this.array[t+2]=s,this}setXYZW(t,e,n,s,r){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n),s=this._normalize(s),r=this._normalize(r)),this.array[t+0]=e,this.array[t+1]=n,this.array[t+2]=s,this.array[t+3]=r,this}onUpload(t){return this.onUploadCallback=t,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let t={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return t.name=this.name,t.usage=this.usage,t.gpuType=this.gpuType,t}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(t){let e=this._normalizationScale;return e!==void 0?Math.max(t/e,-1):Kx(t,this.array)}_normalize(t){let e=this._normalizationScale;return e!==void 0?Math.round(t*e):jx(t,this.array)}};var Wr=class extends Qe{constructor(t,e,n){super(new Uint16Array(t),e,n)}};var Xr=class extends Qe{constructor(t,e,n){super(new Uint32Array(t),e,n)}};var ke=class extends Qe{constructor(t,e,n){super(new Float32Array(t),e,n)}},hy=new Bi,Ur=new H,Mh=new H,sr=class{constructor(t=new H,e=-1){this.isSphere=!0,this.center=t,this.radius=e}set(t,e){return this.center.copy(t),this.radius=e,this}setFromPoints(t,e){let n=this.center;e!==void 0?n.copy(e):hy.setFromPoints(t).getCenter(n);let s=0;for(let r=0,o=t.length;r<o;r++)s=Math.max(s,n.distanceToSquared(t[r]));return this.radius=Math.sqrt(s),this}copy(t){return this.center.copy(t.center),this.radius=t.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(t){return t.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(t){return t.distanceTo(this.center)-this.radius}intersectsSphere(t){let e=this.radius+t.radius;return t.center.distanceToSquared(this.center)<=e*e}intersectsBox(t){return t.intersectsSphere(this)}intersectsPlane(t){return Math.abs(t.distanceToPoint(this.center))<=this.radius}clampPoint(t,e){let n=this.center.distanceToSquared(t);return e.copy(t),n>this.radius*this.radius&&(e.sub(this.center).normalize(),e.multiplyScalar(this.radius).add(this.center)),e}getBoundingBox(t){return this.isEmpty()?(t.makeEmpty(),t):(t.set(this.center,this.center),t.expandByScalar(this.radius),t)}applyMatrix4(t){return this.center.applyMatrix4(t),this.radius=this.radius*t.getMaxScaleOnAxis(),this}translate(t){return this.center.add(t),this}expandByPoint(t){if(this.isEmpty())return this.center.copy(t),this.radius=0,this;Ur.subVectors(t,this.center);let e=Ur.lengthSq();if(e>this.radius*this.radius){let n=Math.sqrt(e),s=(n-this.radius)*.5;this.center.addScaledVector(Ur,s/n),this.radius+=s}return this}union(t){return t.isEmpty()?this:this.isEmpty()?(this.copy(t),this):(this.center.equals(t.center)===!0?this.radius=Math.max(this.radius,t.radius):(Mh.subVectors(t.center,this.center).setLength(t.radius),this.expandByPoint(Ur.copy(t.center).add(Mh)),this.expandByPoint(Ur.copy(t.center).sub(Mh))),this)}equals(t){return t.center.equals(this.center)&&t.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(t){return this.radius=t.radius,this.center.fromArray(t.center),this}},uy=0,Cn=new Ce,bh=new rn,Ys=new H,wn=new Bi,Dr=new Bi,$e=new H,Mn=class i extends Qn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:uy++}),this.uuid=co(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(t){return Array.isArray(t)?this.index=new(Yx(t)?Xr:Wr)(t,1):this.index=t,this}setIndirect(t,e=0){return this.indirect=t,this.indirectOffset=e,this}getIndirect(){return this.indirect}getAttribute(t){return this.attributes[t]}setAttribute(t,e){return this.attributes[t]=e,this}deleteAttribute(t){return delete this.attributes[t],this}hasAttribute(t){return this.attributes[t]!==void 0}addGroup(t,e,n=0){this.groups.push({start:t,count:e,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(t,e){this.drawRange.start=t,this.drawRange.count=e}applyMatrix4(t){let e=this.attributes.position;e!==void 0&&(e.applyMatrix4(t),e.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new Xt().getNormalMatrix(t);n.applyNormalMatrix(r),n.needsUpdate=!0}let s=this.attributes.tangent;return s!==void 0&&(s.transformDirection(t),s.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(t){return Cn.makeRotationFromQuaternion(t),this.applyMatrix4(Cn),this}rotateX(t){return Cn.makeRotationX(t),this.applyMatrix4(Cn),this}rotateY(t){return Cn.makeRotationY(t),this.applyMatrix4(Cn),this}rotateZ(t){return Cn.makeRotationZ(t),this.applyMatrix4(Cn),this}translate(t,e,n){return Cn.makeTranslation(t,e,n),this.applyMatrix4(Cn),this}scale(t,e,n){return Cn.makeScale(t,e,n),this.applyMatrix4(Cn),this}lookAt(t){return bh.lookAt(t),bh.updateMatrix(),this.applyMatrix4(bh.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Ys).negate(),this.translate(Ys.x,Ys.y,Ys.z),this}setFromPoints(t){let e=this.getAttribute("position");if(e===void 0){let n=[];for(let s=0,r=t.length;s<r;s++){let o=t[s];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new ke(n,3))}else{let n=Math.min(t.length,e.count);for(let s=0;s<n;s++){let r=t[s];e.setXYZ(s,r.x,r.y,r.z||0)}t.length>e.count&&Gt("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),e.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Bi);let t=this.attributes.position,e=this.morphAttributes.position;if(t&&t.isGLBufferAttribute){Vt("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new H(-1/0,-1/0,-1/0),new H(1/0,1/0,1/0));return}if(t!==void 0){if(this.boundingBox.setFromBufferAttribute(t),e)for(let n=0,s=e.length;n<s;n++){let r=e[n];wn.setFromBufferAttribute(r),this.morphTargetsRelative?($e.addVectors(this.boundingBox.min,wn.min),this.boundingBox.expandByPoint($e),$e.addVectors(this.boundingBox.max,wn.max),this.boundingBox.expandByPoint($e)):(this.boundingBox.expandByPoint(wn.min),this.boundingBox.expandByPoint(wn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Vt('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new sr);let t=this.attributes.position,e=this.morphAttributes.position;if(t&&t.isGLBufferAttribute){Vt("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new H,1/0);return}if(t){let n=this.boundingSphere.center;if(wn.setFromBufferAttribute(t),e)for(let r=0,o=e.length;r<o;r++){let a=e[r];Dr.setFromBufferAttribute(a),this.morphTargetsRelative?($e.addVectors(wn.min,Dr.min),wn.expandByPoint($e),$e.addVectors(wn.max,Dr.max),wn.expandByPoint($e)):(wn.expandByPoint(Dr.min),wn.expandByPoint(Dr.max))}wn.getCenter(n);let s=0;for(let r=0,o=t.count;r<o;r++)$e.fromBufferAttribute(t,r),s=Math.max(s,n.distanceToSquared($e));if(e)for(let r=0,o=e.length;r<o;r++){let a=e[r],l=this.morphTargetsRelative;for(let c=0,h=a.count;c<h;c++)$e.fromBufferAttribute(a,c),l&&(Ys.fromBufferAttribute(t,c),$e.add(Ys)),s=Math.max(s,n.distanceToSquared($e))}this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&Vt('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let t=this.index,e=this.attributes;if(t===null||e.position===void 0||e.normal===void 0||e.uv===void 0){Vt("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=e.position,s=e.normal,r=e.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new Qe(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(n.count);for(let k=0;k<n.count;k++)a[k]=new H,l[k]=new H;let h=new H,u=new H,f=new H,d=new kt,g=new kt,E=new kt,x=new H,p=new H;function M(k,D,z){c[k]=c[D]=c[z]=1,h.fromBufferAttribute(n,k),u.fromBufferAttribute(n,D),f.fromBufferAttribute(n,z),d.fromBufferAttribute(r,k),g.fromBufferAttribute(r,D),E.fromBufferAttribute(r,z),u.sub(h),f.sub(h),g.sub(d),E.sub(d);let F=1/(g.x*E.y-E.x*g.y);isFinite(F)&&(x.copy(u).multiplyScalar(E.y).addScaledVector(f,-g.y).multiplyScalar(F),p.copy(f).multiplyScalar(g.x).addScaledVector(u,-E.x).multiplyScalar(F),a[k].add(x),a[D].add(x),a[z].add(x),l[k].add(p),l[D].add(p),l[z].add(p))}let A=this.groups;A.length===0&&(A=[{start:0,count:t.count}]);for(let k=0,D=A.length;k<D;++k){let z=A[k],F=z.start,q=z.count;for(let L=F,$=F+q;L<$;L+=3)M(t.getX(L+0),t.getX(L+1),t.getX(L+2))}let b=new H,R=new H,_=new H,y=new H;function T(k){_.fromBufferAttribute(s,k),y.copy(_);let D=a[k];b.copy(D),b.sub(_.multiplyScalar(_.dot(D))).normalize(),R.crossVectors(y,D);let F=R.dot(l[k])<0?-1:1;o.setXYZW(k,b.x,b.y,b.z,F)}for(let k=0,D=n.count;k<D;++k)c[k]&&T(k);this._transformed=!0}computeVertexNormals(){let t=this.index,e=this.getAttribute("position");if(e!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==e.count)n=new Qe(new Float32Array(e.count*3),3),this.setAttribute("normal",n);else for(let f=0,d=n.count;f<d;f++)n.setXYZ(f,0,0,0);let s=new H,r=new H,o=new H,a=new H,l=new H,c=new H,h=new H,u=new H;if(t)for(let f=0,d=t.count;f<d;f+=3){let g=t.getX(f+0),E=t.getX(f+1),x=t.getX(f+2);s.fromBufferAttribute(e,g),r.fromBufferAttribute(e,E),o.fromBufferAttribute(e,x),h.subVectors(o,r),u.subVectors(s,r),h.cross(u),a.fromBufferAttribute(n,g),l.fromBufferAttribute(n,E),c.fromBufferAttribute(n,x),a.add(h),l.add(h),c.add(h),n.setXYZ(g,a.x,a.y,a.z),n.setXYZ(E,l.x,l.y,l.z),n.setXYZ(x,c.x,c.y,c.z)}else for(let f=0,d=e.count;f<d;f+=3)s.fromBufferAttribute(e,f+0),r.fromBufferAttribute(e,f+1),o.fromBufferAttribute(e,f+2),h.subVectors(o,r),u.subVectors(s,r),h.cross(u),n.setXYZ(f+0,h.x,h.y,h.z),n.setXYZ(f+1,h.x,h.y,h.z),n.setXYZ(f+2,h.x,h.y,h.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let t=this.attributes.normal;for(let e=0,n=t.count;e<n;e++)$e.fromBufferAttribute(t,e),$e.normalize(),t.setXYZ(e,$e.x,$e.y,$e.z)}toNonIndexed(){function t(a,l){let c=a.array,h=a.itemSize,u=a.normalized,f=new c.constructor(l.length*h),d=0,g=0;for(let E=0,x=l.length;E<x;E++){a.isInterleavedBufferAttribute?d=l[E]*a.data.stride+a.offset:d=l[E]*h;for(let p=0;p<h;p++)f[g++]=c[d++]}return new Qe(f,h,u)}if(this.index===null)return Gt("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let e=new i,n=this.index.array,s=this.attributes;for(let a in s){let l=s[a],c=t(l,n);e.setAttribute(a,c)}let r=this.morphAttributes;for(let a in r){let l=[],c=r[a];for(let h=0,u=c.length;h<u;h++){let f=c[h],d=t(f,n);l.push(d)}e.morphAttributes[a]=l}e.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];e.addGroup(c.start,c.count,c.materialIndex)}return e}toJSON(){let t={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(t.uuid=this.uuid,t.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,t.name=this.name,Object.keys(this.userData).length>0&&(t.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(t[c]=l[c]);return t}t.data={attributes:{}};let e=this.index;e!==null&&(t.data.index={type:e.array.constructor.name,array:Array.prototype.slice.call(e.array)});let n=this.attributes;for(let l in n){let c=n[l];t.data.attributes[l]=c.toJSON(t.data)}let s={},r=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let u=0,f=c.length;u<f;u++){let d=c[u];h.push(d.toJSON(t.data))}h.length>0&&(s[l]=h,r=!0)}r&&(t.data.morphAttributes=s,t.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(t.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(t.data.boundingSphere=a.toJSON()),t}clone(){return new this.constructor().copy(this)}copy(t){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let e={};this.name=t.name;let n=t.index;n!==null&&this.setIndex(n.clone());let s=t.attributes;for(let c in s){let h=s[c];this.setAttribute(c,h.clone(e))}let r=t.morphAttributes;for(let c in r){let h=[],u=r[c];for(let f=0,d=u.length;f<d;f++)h.push(u[f].clone(e));this.morphAttributes[c]=h}this.morphTargetsRelative=t.morphTargetsRelative;let o=t.groups;for(let c=0,h=o.length;c<h;c++){let u=o[c];this.addGroup(u.start,u.count,u.materialIndex)}let a=t.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=t.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=t.drawRange.start,this.drawRange.count=t.drawRange.count,this.userData=t.userData,this._transformed=t._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var Eh=new H,fy=new H,dy=new Xt,Hn=class{constructor(t=new H(1,0,0),e=0){this.isPlane=!0,this.normal=t,this.constant=e}set(t,e){return this.normal.copy(t),this.constant=e,this}setComponents(t,e,n,s){return this.normal.set(t,e,n),this.constant=s,this}setFromNormalAndCoplanarPoint(t,e){return this.normal.copy(t),this.constant=-e.dot(this.normal),this}setFromCoplanarPoints(t,e,n){let s=Eh.subVectors(n,e).cross(fy.subVectors(t,e)).normalize();return this.setFromNormalAndCoplanarPoint(s,t),this}copy(t){return this.normal.copy(t.normal),this.constant=t.constant,this}normalize(){let t=1/this.normal.length();return this.normal.multiplyScalar(t),this.constant*=t,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(t){return this.normal.dot(t)+this.constant}distanceToSphere(t){return this.distanceToPoint(t.center)-t.radius}projectPoint(t,e){return e.copy(t).addScaledVector(this.normal,-this.distanceToPoint(t))}intersectLine(t,e,n=!0){let s=t.delta(Eh),r=this.normal.dot(s);if(r===0)return this.distanceToPoint(t.start)===0?e.copy(t.start):null;let o=-(t.start.dot(this.normal)+this.constant)/r;return n===!0&&(o<0||o>1)?null:e.copy(t.start).addScaledVector(s,o)}intersectsLine(t){let e=this.distanceToPoint(t.start),n=this.distanceToPoint(t.end);return e<0&&n>0||n<0&&e>0}intersectsBox(t){return t.intersectsPlane(this)}intersectsSphere(t){return t.intersectsPlane(this)}coplanarPoint(t){return t.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(t,e){let n=e||dy.getNormalMatrix(t),s=this.coplanarPoint(Eh).applyMatrix4(t),r=this.normal.applyMatrix3(n).normalize();return this.constant=-s.dot(r),this}translate(t){return this.constant-=t.dot(this.normal),this}equals(t){return t.normal.equals(this.normal)&&t.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(t){return this.normal.fromArray(t.normal),this.constant=t.constant,this}},py=0,ki=class extends Qn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:py++}),this.uuid=co(),this.name="",this.type="Material",this.blending=cr,this.side=Yi,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Vh,this.blendDst=Wh,this.blendEquation=gs,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Jt(0,0,0),this.blendAlpha=0,this.depthFunc=Qs,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=xp,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=ma,this.stencilZFail=ma,this.stencilZPass=ma,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(t){this._alphaTest>0!=t>0&&this.version++,this._alphaTest=t}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(t){if(t!==void 0)for(let e in t){let n=t[e];if(n===void 0){Gt(`Material: parameter '${e}' has value of undefined.`);continue}let s=this[e];if(s===void 0){Gt(`Material: '${e}' is not a property of THREE.${this.type}.`);continue}s&&s.isColor?s.set(n):s&&s.isVector2&&n&&n.isVector2||s&&s.isEuler&&n&&n.isEuler||s&&s.isVector3&&n&&n.isVector3?s.copy(n):this[e]=n}}toJSON(t){let e=t===void 0||typeof t=="string";e&&(t={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(t).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(t).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(t).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(t).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(t).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(t).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(t).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(t).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(t).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(t).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(t).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(t).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(t).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(t).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(t).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(t).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(t).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(t).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(t).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(t).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(t).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(t).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(t).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(t).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(t).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(t).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(t).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function s(r){let o=[];for(let a in r){let l=r[a];delete l.metadata,o.push(l)}return o}if(e){let r=s(t.textures),o=s(t.images);r.length>0&&(n.textures=r),o.length>0&&(n.images=o)}return n}fromJSON(t,e){if(t.uuid!==void 0&&(this.uuid=t.uuid),t.name!==void 0&&(this.name=t.name),t.color!==void 0&&this.color!==void 0&&this.color.setHex(t.color),t.roughness!==void 0&&(this.roughness=t.roughness),t.metalness!==void 0&&(this.metalness=t.metalness),t.sheen!==void 0&&(this.sheen=t.sheen),t.sheenColor!==void 0&&(this.sheenColor=new Jt().setHex(t.sheenColor)),t.sheenRoughness!==void 0&&(this.sheenRoughness=t.sheenRoughness),t.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(t.emissive),t.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(t.specular),t.specularIntensity!==void 0&&(this.specularIntensity=t.specularIntensity),t.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(t.specularColor),t.shininess!==void 0&&(this.shininess=t.shininess),t.clearcoat!==void 0&&(this.clearcoat=t.clearcoat),t.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=t.clearcoatRoughness),t.diffuseRoughness!==void 0&&(this.diffuseRoughness=t.diffuseRoughness),t.dispersion!==void 0&&(this.dispersion=t.dispersion),t.retroreflectivity!==void 0&&(this.retroreflectivity=t.retroreflectivity),t.iridescence!==void 0&&(this.iridescence=t.iridescence),t.iridescenceIOR!==void 0&&(this.iridescenceIOR=t.iridescenceIOR),t.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=t.iridescenceThicknessMinimum),t.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=t.iridescenceThicknessMaximum),t.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=t.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=t.iridescenceThicknessRange[1]),t.transmission!==void 0&&(this.transmission=t.transmission),t.thickness!==void 0&&(this.thickness=t.thickness),t.attenuationDistance!==void 0&&(this.attenuationDistance=t.attenuationDistance),t.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(t.attenuationColor),t.anisotropy!==void 0&&(this.anisotropy=t.anisotropy),t.anisotropyRotation!==void 0&&(this.anisotropyRotation=t.anisotropyRotation),t.fog!==void 0&&(this.fog=t.fog),t.flatShading!==void 0&&(this.flatShading=t.flatShading),t.blending!==void 0&&(this.blending=t.blending),t.combine!==void 0&&(this.combine=t.combine),t.side!==void 0&&(this.side=t.side),t.shadowSide!==void 0&&(this.shadowSide=t.shadowSide),t.opacity!==void 0&&(this.opacity=t.opacity),t.transparent!==void 0&&(this.transparent=t.transparent),t.alphaTest!==void 0&&(this.alphaTest=t.alphaTest),t.alphaHash!==void 0&&(this.alphaHash=t.alphaHash),t.depthFunc!==void 0&&(this.depthFunc=t.depthFunc),t.depthTest!==void 0&&(this.depthTest=t.depthTest),t.depthWrite!==void 0&&(this.depthWrite=t.depthWrite),t.colorWrite!==void 0&&(this.colorWrite=t.colorWrite),t.clippingPlanes!==void 0&&(this.clippingPlanes=t.clippingPlanes.map(n=>new Hn().fromJSON(n))),t.clipIntersection!==void 0&&(this.clipIntersection=t.clipIntersection),t.clipShadows!==void 0&&(this.clipShadows=t.clipShadows),t.depthPacking!==void 0&&(this.depthPacking=t.depthPacking),t.blendSrc!==void 0&&(this.blendSrc=t.blendSrc),t.blendDst!==void 0&&(this.blendDst=t.blendDst),t.blendEquation!==void 0&&(this.blendEquation=t.blendEquation),t.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=t.blendSrcAlpha),t.blendDstAlpha!==void 0&&(this.blendDstAlpha=t.blendDstAlpha),t.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=t.blendEquationAlpha),t.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(t.blendColor),t.blendAlpha!==void 0&&(this.blendAlpha=t.blendAlpha),t.stencilWriteMask!==void 0&&(this.stencilWriteMask=t.stencilWriteMask),t.stencilFunc!==void 0&&(this.stencilFunc=t.stencilFunc),t.stencilRef!==void 0&&(this.stencilRef=t.stencilRef),t.stencilFuncMask!==void 0&&(this.stencilFuncMask=t.stencilFuncMask),t.stencilFail!==void 0&&(this.stencilFail=t.stencilFail),t.stencilZFail!==void 0&&(this.stencilZFail=t.stencilZFail),t.stencilZPass!==void 0&&(this.stencilZPass=t.stencilZPass),t.stencilWrite!==void 0&&(this.stencilWrite=t.stencilWrite),t.wireframe!==void 0&&(this.wireframe=t.wireframe),t.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=t.wireframeLinewidth),t.wireframeLinecap!==void 0&&(this.wireframeLinecap=t.wireframeLinecap),t.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=t.wireframeLinejoin),t.rotation!==void 0&&(this.rotation=t.rotation),t.linewidth!==void 0&&(this.linewidth=t.linewidth),t.linecap!==void 0&&(this.linecap=t.linecap),t.linejoin!==void 0&&(this.linejoin=t.linejoin),t.dashSize!==void 0&&(this.dashSize=t.dashSize),t.gapSize!==void 0&&(this.gapSize=t.gapSize),t.scale!==void 0&&(this.scale=t.scale),t.polygonOffset!==void 0&&(this.polygonOffset=t.polygonOffset),t.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=t.polygonOffsetFactor),t.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=t.polygonOffsetUnits),t.dithering!==void 0&&(this.dithering=t.dithering),t.alphaToCoverage!==void 0&&(this.alphaToCoverage=t.alphaToCoverage),t.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=t.premultipliedAlpha),t.forceSinglePass!==void 0&&(this.forceSinglePass=t.forceSinglePass),t.allowOverride!==void 0&&(this.allowOverride=t.allowOverride),t.visible!==void 0&&(this.visible=t.visible),t.toneMapped!==void 0&&(this.toneMapped=t.toneMapped),t.userData!==void 0&&(this.userData=t.userData),t.vertexColors!==void 0&&(typeof t.vertexColors=="number"?this.vertexColors=t.vertexColors>0:this.vertexColors=t.vertexColors),t.size!==void 0&&(this.size=t.size),t.sizeAttenuation!==void 0&&(this.sizeAttenuation=t.sizeAttenuation),t.map!==void 0&&(this.map=e[t.map]||null),t.matcap!==void 0&&(this.matcap=e[t.matcap]||null),t.alphaMap!==void 0&&(this.alphaMap=e[t.alphaMap]||null),t.bumpMap!==void 0&&(this.bumpMap=e[t.bumpMap]||null),t.bumpScale!==void 0&&(this.bumpScale=t.bumpScale),t.normalMap!==void 0&&(this.normalMap=e[t.normalMap]||null),t.normalMapType!==void 0&&(this.normalMapType=t.normalMapType),t.normalScale!==void 0){let n=t.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new kt().fromArray(n)}return t.displacementMap!==void 0&&(this.displacementMap=e[t.displacementMap]||null),t.displacementScale!==void 0&&(this.displacementScale=t.displacementScale),t.displacementBias!==void 0&&(this.displacementBias=t.displacementBias),t.roughnessMap!==void 0&&(this.roughnessMap=e[t.roughnessMap]||null),t.metalnessMap!==void 0&&(this.metalnessMap=e[t.metalnessMap]||null),t.emissiveMap!==void 0&&(this.emissiveMap=e[t.emissiveMap]||null),t.emissiveIntensity!==void 0&&(this.emissiveIntensity=t.emissiveIntensity),t.specularMap!==void 0&&(this.specularMap=e[t.specularMap]||null),t.specularIntensityMap!==void 0&&(this.specularIntensityMap=e[t.specularIntensityMap]||null),t.specularColorMap!==void 0&&(this.specularColorMap=e[t.specularColorMap]||null),t.envMap!==void 0&&(this.envMap=e[t.envMap]||null),t.envMapRotation!==void 0&&this.envMapRotation.fromArray(t.envMapRotation),t.envMapIntensity!==void 0&&(this.envMapIntensity=t.envMapIntensity),t.reflectivity!==void 0&&(this.reflectivity=t.reflectivity),t.refractionRatio!==void 0&&(this.refractionRatio=t.refractionRatio),t.lightMap!==void 0&&(this.lightMap=e[t.lightMap]||null),t.lightMapIntensity!==void 0&&(this.lightMapIntensity=t.lightMapIntensity),t.aoMap!==void 0&&(this.aoMap=e[t.aoMap]||null),t.aoMapIntensity!==void 0&&(this.aoMapIntensity=t.aoMapIntensity),t.gradientMap!==void 0&&(this.gradientMap=e[t.gradientMap]||null),t.clearcoatMap!==void 0&&(this.clearcoatMap=e[t.clearcoatMap]||null),t.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=e[t.clearcoatRoughnessMap]||null),t.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=e[t.clearcoatNormalMap]||null),t.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new kt().fromArray(t.clearcoatNormalScale)),t.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=e[t.diffuseRoughnessMap]||null),t.iridescenceMap!==void 0&&(this.iridescenceMap=e[t.iridescenceMap]||null),t.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=e[t.iridescenceThicknessMap]||null),t.transmissionMap!==void 0&&(this.transmissionMap=e[t.transmissionMap]||null),t.thicknessMap!==void 0&&(this.thicknessMap=e[t.thicknessMap]||null),t.anisotropyMap!==void 0&&(this.anisotropyMap=e[t.anisotropyMap]||null),t.sheenColorMap!==void 0&&(this.sheenColorMap=e[t.sheenColorMap]||null),t.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=e[t.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(t){this.name=t.name,this.blending=t.blending,this.side=t.side,this.vertexColors=t.vertexColors,this.opacity=t.opacity,this.transparent=t.transparent,this.blendSrc=t.blendSrc,this.blendDst=t.blendDst,this.blendEquation=t.blendEquation,this.blendSrcAlpha=t.blendSrcAlpha,this.blendDstAlpha=t.blendDstAlpha,this.blendEquationAlpha=t.blendEquationAlpha,this.blendColor.copy(t.blendColor),this.blendAlpha=t.blendAlpha,this.depthFunc=t.depthFunc,this.depthTest=t.depthTest,this.depthWrite=t.depthWrite,this.stencilWriteMask=t.stencilWriteMask,this.stencilFunc=t.stencilFunc,this.stencilRef=t.stencilRef,this.stencilFuncMask=t.stencilFuncMask,this.stencilFail=t.stencilFail,this.stencilZFail=t.stencilZFail,this.stencilZPass=t.stencilZPass,this.stencilWrite=t.stencilWrite;let e=t.clippingPlanes,n=null;if(e!==null){let s=e.length;n=new Array(s);for(let r=0;r!==s;++r)n[r]=e[r].clone()}return this.clippingPlanes=n,this.clipIntersection=t.clipIntersection,this.clipShadows=t.clipShadows,this.shadowSide=t.shadowSide,this.colorWrite=t.colorWrite,this.precision=t.precision,this.polygonOffset=t.polygonOffset,this.polygonOffsetFactor=t.polygonOffsetFactor,this.polygonOffsetUnits=t.polygonOffsetUnits,this.dithering=t.dithering,this.alphaTest=t.alphaTest,this.alphaHash=t.alphaHash,this.alphaToCoverage=t.alphaToCoverage,this.premultipliedAlpha=t.premultipliedAlpha,this.forceSinglePass=t.forceSinglePass,this.allowOverride=t.allowOverride,this.visible=t.visible,this.toneMapped=t.toneMapped,this.userData=JSON.parse(JSON.stringify(t.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(t){t===!0&&this.version++}};var xi=new H,Ah=new H,ea=new H,na=new H,Ia=class{constructor(t=new H,e=new H(0,0,-1)){this.origin=t,this.direction=e}set(t,e){return this.origin.copy(t),this.direction.copy(e),this}copy(t){return this.origin.copy(t.origin),this.direction.copy(t.direction),this}at(t,e){return e.copy(this.origin).addScaledVector(this.direction,t)}lookAt(t){return this.direction.copy(t).sub(this.origin).normalize(),this}recast(t){return this.origin.copy(this.at(t,xi)),this}closestPointToPoint(t,e){e.subVectors(t,this.origin);let n=e.dot(this.direction);return n<0?e.copy(this.origin):e.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(t){return Math.sqrt(this.distanceSqToPoint(t))}distanceSqToPoint(t){let e=xi.subVectors(t,this.origin).dot(this.direction);return e<0?this.origin.distanceToSquared(t):(xi.copy(this.origin).addScaledVector(this.direction,e),xi.distanceToSquared(t))}distanceSqToSegment(t,e,n,s){Ah.copy(t).add(e).multiplyScalar(.5),ea.copy(e).sub(t).normalize(),na.copy(this.origin).sub(Ah);let r=t.distanceTo(e)*.5,o=-this.direction.dot(ea),a=na.dot(this.direction),l=-na.dot(ea),c=na.lengthSq(),h=Math.abs(1-o*o),u,f,d,g;if(h>0)if(u=o*l-a,f=o*a-l,g=r*h,u>=0)if(f>=-g)if(f<=g){let E=1/h;u*=E,f*=E,d=u*(u+o*f+2*a)+f*(o*u+f+2*l)+c}else f=r,u=Math.max(0,-(o*f+a)),d=-u*u+f*(f+2*l)+c;else f=-r,u=Math.max(0,-(o*f+a)),d=-u*u+f*(f+2*l)+c;else f<=-g?(u=Math.max(0,-(-o*r+a)),f=u>0?-r:Math.min(Math.max(-r,-l),r),d=-u*u+f*(f+2*l)+c):f<=g?(u=0,f=Math.min(Math.max(-r,-l),r),d=f*(f+2*l)+c):(u=Math.max(0,-(o*r+a)),f=u>0?r:Math.min(Math.max(-r,-l),r),d=-u*u+f*(f+2*l)+c);else f=o>0?-r:r,u=Math.max(0,-(o*f+a)),d=-u*u+f*(f+2*l)+c;return n&&n.copy(this.origin).addScaledVector(this.direction,u),s&&s.copy(Ah).addScaledVector(ea,f),d}intersectSphere(t,e){if(t.radius<0)return null;xi.subVectors(t.center,this.origin);let n=xi.dot(this.direction),s=xi.dot(xi)-n*n,r=t.radius*t.radius;if(s>r)return null;let o=Math.sqrt(r-s),a=n-o,l=n+o;return l<0?null:a<0?this.at(l,e):this.at(a,e)}intersectsSphere(t){return t.radius<0?!1:this.distanceSqToPoint(t.center)<=t.radius*t.radius}distanceToPlane(t){let e=t.normal.dot(this.direction);if(e===0)return t.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(t.normal)+t.constant)/e;return n>=0?n:null}intersectPlane(t,e){let n=this.distanceToPlane(t);return n===null?null:this.at(n,e)}intersectsPlane(t){let e=t.distanceToPoint(this.origin);return e===0||t.normal.dot(this.direction)*e<0}intersectBox(t,e){let n,s,r,o,a,l,c=1/this.direction.x,h=1/this.direction.y,u=1/this.direction.z,f=this.origin;return c>=0?(n=(t.min.x-f.x)*c,s=(t.max.x-f.x)*c):(n=(t.max.x-f.x)*c,s=(t.min.x-f.x)*c),h>=0?(r=(t.min.y-f.y)*h,o=(t.max.y-f.y)*h):(r=(t.max.y-f.y)*h,o=(t.min.y-f.y)*h),n>o||r>s||((r>n||isNaN(n))&&(n=r),(o<s||isNaN(s))&&(s=o),u>=0?(a=(t.min.z-f.z)*u,l=(t.max.z-f.z)*u):(a=(t.max.z-f.z)*u,l=(t.min.z-f.z)*u),n>l||a>s)||((a>n||n!==n)&&(n=a),(l<s||s!==s)&&(s=l),s<0)?null:this.at(n>=0?n:s,e)}intersectsBox(t){return this.intersectBox(t,xi)!==null}intersectTriangle(t,e,n,s,r){let o=this.origin,a=this.direction,l=a.x,c=a.y,h=a.z,u=t.x-o.x,f=t.y-o.y,d=t.z-o.z,g=e.x-o.x,E=e.y-o.y,x=e.z-o.z,p=n.x-o.x,M=n.y-o.y,A=n.z-o.z,b=Math.abs(l),R=Math.abs(c),_=Math.abs(h),y,T,k,D,z,F,q,L,$,J,G,ot;if(b>=R&&b>=_?(k=l,F=u,$=g,ot=p,l>=0?(y=c,T=h,D=f,z=d,q=E,L=x,J=M,G=A):(y=h,T=c,D=d,z=f,q=x,L=E,J=A,G=M)):R>=_?(k=c,F=f,$=E,ot=M,c>=0?(y=h,T=l,D=d,z=u,q=x,L=g,J=A,G=p):(y=l,T=h,D=u,z=d,q=g,L=x,J=p,G=A)):(k=h,F=d,$=x,ot=A,h>=0?(y=l,T=c,D=u,z=f,q=g,L=E,J=p,G=M):(y=c,T=l,D=f,z=u,q=E,L=g,J=M,G=p)),k===0)return null;let K=y/k,it=T/k,rt=1/k,wt=D-K*F,Pt=z-it*F,Q=q-K*$,St=L-it*$,At=J-K*ot,Ut=G-it*ot,dt=At*St-Ut*Q,Ot=wt*Ut-Pt*At,fe=Q*Pt-St*wt;if(s){if(dt<0||Ot<0||fe<0)return null}else if((dt<0||Ot<0||fe<0)&&(dt>0||Ot>0||fe>0))return null;let lt=dt+Ot+fe;if(lt===0)return null;let Bt=rt*(dt*F+Ot*$+fe*ot);return(lt>0?Bt<0:Bt>0)?null:this.at(Bt/lt,r)}applyMatrix4(t){return this.origin.applyMatrix4(t),this.direction.transformDirection(t),this}equals(t){return t.origin.equals(this.origin)&&t.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Si=class extends ki{constructor(t){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Jt(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new vi,this.combine=Xh,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.color.copy(t.color),this.map=t.map,this.lightMap=t.lightMap,this.lightMapIntensity=t.lightMapIntensity,this.aoMap=t.aoMap,this.aoMapIntensity=t.aoMapIntensity,this.specularMap=t.specularMap,this.alphaMap=t.alphaMap,this.envMap=t.envMap,this.envMapRotation.copy(t.envMapRotation),this.combine=t.combine,this.reflectivity=t.reflectivity,this.refractionRatio=t.refractionRatio,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.wireframeLinecap=t.wireframeLinecap,this.wireframeLinejoin=t.wireframeLinejoin,this.fog=t.fog,this}},Pd=new Ce,cs=new Ia,ia=new sr,Ld=new H,sa=new H,ra=new H,oa=new H,Th=new H,aa=new H,Ud=new H,la=new H,He=class extends rn{constructor(t=new Mn,e=new Si){super(),this.isMesh=!0,this.type="Mesh",this.geometry=t,this.material=e,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(t,e){return super.copy(t,e),t.morphTargetInfluences!==void 0?this.morphTargetInfluences=t.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,t.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},t.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(t.material)?t.material.slice():t.material,this.geometry=t.geometry,this}updateMorphTargets(){let e=this.geometry.morphAttributes,n=Object.keys(e);if(n.length>0){let s=e[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}getVertexPosition(t,e){let n=this.geometry,s=n.attributes.position,r=n.morphAttributes.position,o=n.morphTargetsRelative;e.fromBufferAttribute(s,t);let a=this.morphTargetInfluences;if(r&&a){aa.set(0,0,0);for(let l=0,c=r.length;l<c;l++){let h=a[l],u=r[l];h!==0&&(Th.fromBufferAttribute(u,t),o?aa.addScaledVector(Th,h):aa.addScaledVector(Th.sub(e),h))}e.add(aa)}return e}intersectsFrustum(t){return t.intersectsObject(this)}raycast(t,e){let n=this.geometry,s=this.material,r=this.matrixWorld;s!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),ia.copy(n.boundingSphere),ia.applyMatrix4(r),cs.copy(t.ray).recast(t.near),!(ia.containsPoint(cs.origin)===!1&&(cs.intersectSphere(ia,Ld)===null||cs.origin.distanceToSquared(Ld)>(t.far-t.near)**2))&&(Pd.copy(r).invert(),cs.copy(t.ray).applyMatrix4(Pd),!(n.boundingBox!==null&&cs.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(t,e,cs)))}_computeIntersections(t,e,n){let s,r=this.geometry,o=this.material,a=r.index,l=r.attributes.position,c=r.attributes.uv,h=r.attributes.uv1,u=r.attributes.normal,f=r.groups,d=r.drawRange;if(a!==null)if(Array.isArray(o))for(let g=0,E=f.length;g<E;g++){let x=f[g],p=o[x.materialIndex],M=Math.max(x.start,d.start),A=Math.min(a.count,Math.min(x.start+x.count,d.start+d.count));for(let b=M,R=A;b<R;b+=3){let _=a.getX(b),y=a.getX(b+1),T=a.getX(b+2);s=ca(this,p,t,n,c,h,u,_,y,T),s&&(s.faceIndex=Math.floor(b/3),s.face.materialIndex=x.materialIndex,e.push(s))}}else{let g=Math.max(0,d.start),E=Math.min(a.count,d.start+d.count);for(let x=g,p=E;x<p;x+=3){let M=a.getX(x),A=a.getX(x+1),b=a.getX(x+2);s=ca(this,o,t,n,c,h,u,M,A,b),s&&(s.faceIndex=Math.floor(x/3),e.push(s))}}else if(l!==void 0)if(Array.isArray(o))for(let g=0,E=f.length;g<E;g++){let x=f[g],p=o[x.materialIndex],M=Math.max(x.start,d.start),A=Math.min(l.count,Math.min(x.start+x.count,d.start+d.count));for(let b=M,R=A;b<R;b+=3){let _=b,y=b+1,T=b+2;s=ca(this,p,t,n,c,h,u,_,y,T),s&&(s.faceIndex=Math.floor(b/3),s.face.materialIndex=x.materialIndex,e.push(s))}}else{let g=Math.max(0,d.start),E=Math.min(l.count,d.start+d.count);for(let x=g,p=E;x<p;x+=3){let M=x,A=x+1,b=x+2;s=ca(this,o,t,n,c,h,u,M,A,b),s&&(s.faceIndex=Math.floor(x/3),e.push(s))}}}};function my(i,t,e,n,s,r,o,a){let l;if(t.side===fn?l=n.intersectTriangle(o,r,s,!0,a):l=n.intersectTriangle(s,r,o,t.side===Yi,a),l===null)return null;la.copy(a),la.applyMatrix4(i.matrixWorld);let c=e.ray.origin.distanceTo(la);return c<e.near||c>e.far?null:{distance:c,point:la.clone(),object:i}}function ca(i,t,e,n,s,r,o,a,l,c){i.getVertexPosition(a,sa),i.getVertexPosition(l,ra),i.getVertexPosition(c,oa);let h=my(i,t,e,n,sa,ra,oa,Ud);if(h){let u=new H;Oi.getBarycoord(Ud,sa,ra,oa,u),s&&(h.uv=Oi.getInterpolatedAttribute(s,a,l,c,u,new kt)),r&&(h.uv1=Oi.getInterpolatedAttribute(r,a,l,c,u,new kt)),o&&(h.normal=Oi.getInterpolatedAttribute(o,a,l,c,u,new H),h.normal.dot(n.direction)>0&&h.normal.multiplyScalar(-1));let f={a,b:l,c,normal:new H,materialIndex:0};Oi.getNormal(sa,ra,oa,f.normal),h.face=f,h.barycoord=u}return h}var Pa=class extends un{constructor(t=null,e=1,n=1,s,r,o,a,l,c=qe,h=qe,u,f){super(null,o,a,l,c,h,s,r,u,f),this.isDataTexture=!0,this.image={data:t,width:e,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var hs=new sr,gy=new kt(.5,.5),ha=new H,zi=class{constructor(t=new Hn,e=new Hn,n=new Hn,s=new Hn,r=new Hn,o=new Hn){this.planes=[t,e,n,s,r,o]}set(t,e,n,s,r,o){let a=this.planes;return a[0].copy(t),a[1].copy(e),a[2].copy(n),a[3].copy(s),a[4].copy(r),a[5].copy(o),this}copy(t){let e=this.planes;for(let n=0;n<6;n++)e[n].copy(t.planes[n]);return this}setFromProjectionMatrix(t,e=In,n=!1){let s=this.planes,r=t.elements,o=r[0],a=r[1],l=r[2],c=r[3],h=r[4],u=r[5],f=r[6],d=r[7],g=r[8],E=r[9],x=r[10],p=r[11],M=r[12],A=r[13],b=r[14],R=r[15];if(s[0].setComponents(c-o,d-h,p-g,R-M).normalize(),s[1].setComponents(c+o,d+h,p+g,R+M).normalize(),s[2].setComponents(c+a,d+u,p+E,R+A).normalize(),s[3].setComponents(c-a,d-u,p-E,R-A).normalize(),n)s[4].setComponents(l,f,x,b).normalize(),s[5].setComponents(c-l,d-f,p-x,R-b).normalize();else if(s[4].setComponents(c-l,d-f,p-x,R-b).normalize(),e===In)s[5].setComponents(c+l,d+f,p+x,R+b).normalize();else if(e===tr)s[5].setComponents(l,f,x,b).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+e);return this}intersectsObject(t){if(t.boundingSphere!==void 0)t.boundingSphere===null&&t.computeBoundingSphere(),hs.copy(t.boundingSphere).applyMatrix4(t.matrixWorld);else{let e=t.geometry;e.boundingSphere===null&&e.computeBoundingSphere(),hs.copy(e.boundingSphere).applyMatrix4(t.matrixWorld)}return this.intersectsSphere(hs)}intersectsSprite(t){hs.center.set(0,0,0);let e=gy.distanceTo(t.center);return hs.radius=.7071067811865476+e,hs.applyMatrix4(t.matrixWorld),this.intersectsSphere(hs)}intersectsSphere(t){let e=this.planes,n=t.center,s=-t.radius;for(let r=0;r<6;r++)if(e[r].distanceToPoint(n)<s)return!1;return!0}intersectsBox(t){let e=this.planes;for(let n=0;n<6;n++){let s=e[n];if(ha.x=s.normal.x>0?t.max.x:t.min.x,ha.y=s.normal.y>0?t.max.y:t.min.y,ha.z=s.normal.z>0?t.max.z:t.min.z,s.distanceToPoint(ha)<0)return!1}return!0}containsPoint(t){let e=this.planes;for(let n=0;n<6;n++)if(e[n].distanceToPoint(t)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Dd=new Ce,La=class i{constructor(){this.coordinateSystem=In,this._frustums=[],this._count=0}setFromArrayCamera(t){let e=t.cameras,n=this._frustums;for(let s=0;s<e.length;s++){let r=e[s];Dd.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[s]===void 0&&(n[s]=new zi),n[s].setFromProjectionMatrix(Dd,r.coordinateSystem,r.reversedDepth)}return this._count=e.length,this}getFrustum(t){return this._frustums[t]}intersectsObject(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsObject(t))return!0;return!1}intersectsSprite(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsSprite(t))return!0;return!1}intersectsSphere(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsSphere(t))return!0;return!1}intersectsBox(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsBox(t))return!0;return!1}containsPoint(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].containsPoint(t))return!0;return!1}copy(t){this.coordinateSystem=t.coordinateSystem;let e=this._frustums,n=t._frustums;for(let s=0;s<t._count;s++)e[s]===void 0&&(e[s]=new zi),e[s].copy(n[s]);return this._count=t._count,this}clone(){return new i().copy(this)}};var $r=class extends un{constructor(t=[],e=xs,n,s,r,o,a,l,c,h){super(t,e,n,s,r,o,a,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(t){this.image=t}},Gi=class extends un{constructor(t,e,n,s,r,o,a,l,c){super(t,e,n,s,r,o,a,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var Mi=class extends un{constructor(t,e,n=Vn,s,r,o,a=qe,l=qe,c,h=_i,u=1){if(h!==_i&&h!==Ei)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let f={width:t,height:e,depth:u};super(f,s,r,o,a,l,h,n,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(t){return super.copy(t),this.source=new nr(Object.assign({},t.image)),this.compareFunction=t.compareFunction,this}toJSON(t){let e=super.toJSON(t);return e.compareFunction=this.compareFunction,e}},qr=class extends Mi{constructor(t,e=Vn,n=xs,s,r,o=qe,a=qe,l,c=_i){let h={width:t,height:t,depth:1},u=[h,h,h,h,h,h];super(t,t,e,n,s,r,o,a,l,c),this.image=u,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(t){this.image=t}},Yr=class extends un{constructor(t=null){super(),this.sourceTexture=t,this.isExternalTexture=!0}copy(t){return super.copy(t),this.sourceTexture=t.sourceTexture,this}},Hi=class i extends Mn{constructor(t=1,e=1,n=1,s=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:t,height:e,depth:n,widthSegments:s,heightSegments:r,depthSegments:o};let a=this;s=Math.floor(s),r=Math.floor(r),o=Math.floor(o);let l=[],c=[],h=[],u=[],f=0,d=0;g("z","y","x",-1,-1,n,e,t,o,r,0),g("z","y","x",1,-1,n,e,-t,o,r,1),g("x","z","y",1,1,t,n,e,s,o,2),g("x","z","y",1,-1,t,n,-e,s,o,3),g("x","y","z",1,-1,t,e,n,s,r,4),g("x","y","z",-1,-1,t,e,-n,s,r,5),this.setIndex(l),this.setAttribute("position",new ke(c,3)),this.setAttribute("normal",new ke(h,3)),this.setAttribute("uv",new ke(u,2));function g(E,x,p,M,A,b,R,_,y,T,k){let D=b/y,z=R/T,F=b/2,q=R/2,L=_/2,$=y+1,J=T+1,G=0,ot=0,K=new H;for(let it=0;it<J;it++){let rt=it*z-q;for(let wt=0;wt<$;wt++){let Pt=wt*D-F;K[E]=Pt*M,K[x]=rt*A,K[p]=L,c.push(K.x,K.y,K.z),K[E]=0,K[x]=0,K[p]=_>0?1:-1,h.push(K.x,K.y,K.z),u.push(wt/y),u.push(1-it/T),G+=1}}for(let it=0;it<T;it++)for(let rt=0;rt<y;rt++){let wt=f+rt+$*it,Pt=f+rt+$*(it+1),Q=f+(rt+1)+$*(it+1),St=f+(rt+1)+$*it;l.push(wt,Pt,St),l.push(Pt,Q,St),ot+=6}a.addGroup(d,ot,k),d+=ot,f+=G}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.width,t.height,t.depth,t.widthSegments,t.heightSegments,t.depthSegments)}};var rr=class i extends Mn{constructor(t=1,e=1,n=1,s=32,r=1,o=!1,a=0,l=Math.PI*2){super(),this.type="CylinderGeometry",this.parameters={radiusTop:t,radiusBottom:e,height:n,radialSegments:s,heightSegments:r,openEnded:o,thetaStart:a,thetaLength:l};let c=this;s=Math.floor(s),r=Math.floor(r);let h=[],u=[],f=[],d=[],g=0,E=[],x=n/2,p=0;M(),o===!1&&(t>0&&A(!0),e>0&&A(!1)),this.setIndex(h),this.setAttribute("position",new ke(u,3)),this.setAttribute("normal",new ke(f,3)),this.setAttribute("uv",new ke(d,2));function M(){let b=new H,R=new H,_=0,y=(e-t)/n;for(let T=0;T<=r;T++){let k=[],D=T/r,z=D*(e-t)+t;for(let F=0;F<=s;F++){let q=F/s,L=q*l+a,$=Math.sin(L),J=Math.cos(L);R.x=z*$,R.y=-D*n+x,R.z=z*J,u.push(R.x,R.y,R.z),b.set($,y,J).normalize(),f.push(b.x,b.y,b.z),d.push(q,1-D),k.push(g++)}E.push(k)}for(let T=0;T<s;T++)for(let k=0;k<r;k++){let D=E[k][T],z=E[k+1][T],F=E[k+1][T+1],q=E[k][T+1];(t>0||k!==0)&&(h.push(D,z,q),_+=3),(e>0||k!==r-1)&&(h.push(z,F,q),_+=3)}c.addGroup(p,_,0),p+=_}function A(b){let R=g,_=new kt,y=new H,T=0,k=b===!0?t:e,D=b===!0?1:-1;for(let F=1;F<=s;F++)u.push(0,x*D,0),f.push(0,D,0),d.push(.5,.5),g++;let z=g;for(let F=0;F<=s;F++){let L=F/s*l+a,$=Math.cos(L),J=Math.sin(L);y.x=k*J,y.y=x*D,y.z=k*$,u.push(y.x,y.y,y.z),f.push(0,D,0),_.x=$*.5+.5,_.y=J*.5*D+.5,d.push(_.x,_.y),g++}for(let F=0;F<s;F++){let q=R+F,L=z+F;b===!0?h.push(L,L+1,q):h.push(L+1,L,q),T+=3}c.addGroup(p,T,b===!0?1:2),p+=T}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.radiusTop,t.radiusBottom,t.height,t.radialSegments,t.heightSegments,t.openEnded,t.thetaStart,t.thetaLength)}},Zr=class i extends rr{constructor(t=1,e=1,n=32,s=1,r=!1,o=0,a=Math.PI*2){super(0,t,e,n,s,r,o,a),this.type="ConeGeometry",this.parameters={radius:t,height:e,radialSegments:n,heightSegments:s,openEnded:r,thetaStart:o,thetaLength:a}}static fromJSON(t){return new i(t.radius,t.height,t.radialSegments,t.heightSegments,t.openEnded,t.thetaStart,t.thetaLength)}};var Pn=class{constructor(){this.type="Curve",this.arcLengthDivisions=200,this.needsUpdate=!1,this.cacheArcLengths=null}getPoint(){Gt("Curve: .getPoint() not implemented.")}getPointAt(t,e){let n=this.getUtoTmapping(t);return this.getPoint(n,e)}getPoints(t=5){let e=[];for(let n=0;n<=t;n++)e.push(this.getPoint(n/t));return e}getSpacedPoints(t=5){let e=[];for(let n=0;n<=t;n++)e.push(this.getPointAt(n/t));return e}getLength(){let t=this.getLengths();return t[t.length-1]}getLengths(t=this.arcLengthDivisions){if(this.cacheArcLengths&&this.cacheArcLengths.length===t+1&&!this.needsUpdate)return this.cacheArcLengths;this.needsUpdate=!1;let e=[],n,s=this.getPoint(0),r=0;e.push(0);for(let o=1;o<=t;o++)n=this.getPoint(o/t),r+=n.distanceTo(s),e.push(r),s=n;return this.cacheArcLengths=e,e}updateArcLengths(){this.needsUpdate=!0,this.getLengths()}getUtoTmapping(t,e=null){let n=this.getLengths(),s=0,r=n.length,o;e?o=e:o=t*n[r-1];let a=0,l=r-1,c;for(;a<=l;)if(s=Math.floor(a+(l-a)/2),c=n[s]-o,c<0)a=s+1;else if(c>0)l=s-1;else{l=s;break}if(s=l,n[s]===o)return s/(r-1);let h=n[s],f=n[s+1]-h,d=(o-h)/f;return(s+d)/(r-1)}getTangent(t,e){let s=t-1e-4,r=t+1e-4;s<0&&(s=0),r>1&&(r=1);let o=this.getPoint(s),a=this.getPoint(r),l=e||(o.isVector2?new kt:new H);return l.copy(a).sub(o).normalize(),l}getTangentAt(t,e){let n=this.getUtoTmapping(t);return this.getTangent(n,e)}computeFrenetFrames(t,e=!1){let n=new H,s=[],r=[],o=[],a=new H,l=new Ce;for(let d=0;d<=t;d++){let g=d/t;s[d]=this.getTangentAt(g,new H)}r[0]=new H,o[0]=new H;let c=Number.MAX_VALUE,h=Math.abs(s[0].x),u=Math.abs(s[0].y),f=Math.abs(s[0].z);h<=c&&(c=h,n.set(1,0,0)),u<=c&&(c=u,n.set(0,1,0)),f<=c&&n.set(0,0,1),a.crossVectors(s[0],n).normalize(),r[0].crossVectors(s[0],a),o[0].crossVectors(s[0],r[0]);for(let d=1;d<=t;d++){if(r[d]=r[d-1].clone(),o[d]=o[d-1].clone(),a.crossVectors(s[d-1],s[d]),a.length()>Number.EPSILON){a.normalize();let g=Math.acos(oe(s[d-1].dot(s[d]),-1,1));r[d].applyMatrix4(l.makeRotationAxis(a,g))}o[d].crossVectors(s[d],r[d])}if(e===!0){let d=Math.acos(oe(r[0].dot(r[t]),-1,1));d/=t,s[0].dot(a.crossVectors(r[0],r[t]))>0&&(d=-d);for(let g=1;g<=t;g++)r[g].applyMatrix4(l.makeRotationAxis(s[g],d*g)),o[g].crossVectors(s[g],r[g])}return{tangents:s,normals:r,binormals:o}}clone(){return new this.constructor().copy(this)}copy(t){return this.arcLengthDivisions=t.arcLengthDivisions,this.cacheArcLengths=null,this}toJSON(){let t={metadata:{version:4.7,type:"Curve",generator:"Curve.toJSON"}};return t.arcLengthDivisions=this.arcLengthDivisions,t.type=this.type,t}fromJSON(t){return this.arcLengthDivisions=t.arcLengthDivisions,this.cacheArcLengths=null,this}},Jr=class extends Pn{constructor(t=0,e=0,n=1,s=1,r=0,o=Math.PI*2,a=!1,l=0){super(),this.isEllipseCurve=!0,this.type="EllipseCurve",this.aX=t,this.aY=e,this.xRadius=n,this.yRadius=s,this.aStartAngle=r,this.aEndAngle=o,this.aClockwise=a,this.aRotation=l}getPoint(t,e=new kt){let n=e,s=Math.PI*2,r=this.aEndAngle-this.aStartAngle,o=Math.abs(r)<Number.EPSILON;for(;r<0;)r+=s;for(;r>s;)r-=s;r<Number.EPSILON&&(o?r=0:r=s),this.aClockwise===!0&&!o&&(r===s?r=-s:r=r-s);let a=this.aStartAngle+t*r,l=this.aX+this.xRadius*Math.cos(a),c=this.aY+this.yRadius*Math.sin(a);if(this.aRotation!==0){let h=Math.cos(this.aRotation),u=Math.sin(this.aRotation),f=l-this.aX,d=c-this.aY;l=f*h-d*u+this.aX,c=f*u+d*h+this.aY}return n.set(l,c)}copy(t){return super.copy(t),this.aX=t.aX,this.aY=t.aY,this.xRadius=t.xRadius,this.yRadius=t.yRadius,this.aStartAngle=t.aStartAngle,this.aEndAngle=t.aEndAngle,this.aClockwise=t.aClockwise,this.aRotation=t.aRotation,this}toJSON(){let t=super.toJSON();return t.aX=this.aX,t.aY=this.aY,t.xRadius=this.xRadius,t.yRadius=this.yRadius,t.aStartAngle=this.aStartAngle,t.aEndAngle=this.aEndAngle,t.aClockwise=this.aClockwise,t.aRotation=this.aRotation,t}fromJSON(t){return super.fromJSON(t),this.aX=t.aX,this.aY=t.aY,this.xRadius=t.xRadius,this.yRadius=t.yRadius,this.aStartAngle=t.aStartAngle,this.aEndAngle=t.aEndAngle,this.aClockwise=t.aClockwise,this.aRotation=t.aRotation,this}},Ua=class extends Jr{constructor(t,e,n,s,r,o){super(t,e,n,n,s,r,o),this.isArcCurve=!0,this.type="ArcCurve"}};function du(){let i=0,t=0,e=0,n=0;function s(r,o,a,l){i=r,t=a,e=-3*r+3*o-2*a-l,n=2*r-2*o+a+l}return{initCatmullRom:function(r,o,a,l,c){s(o,a,c*(a-r),c*(l-o))},initNonuniformCatmullRom:function(r,o,a,l,c,h,u){let f=(o-r)/c-(a-r)/(c+h)+(a-o)/h,d=(a-o)/h-(l-o)/(h+u)+(l-a)/u;f*=h,d*=h,s(o,a,f,d)},calc:function(r){let o=r*r,a=o*r;return i+t*r+e*o+n*a}}}var Nd=new H,Fd=new H,Rh=new du,Ch=new du,Ih=new du,us=class extends Pn{constructor(t=[],e=!1,n="centripetal",s=.5){super(),this.isCatmullRomCurve3=!0,this.type="CatmullRomCurve3",this.points=t,this.closed=e,this.curveType=n,this.tension=s}getPoint(t,e=new H){let n=e,s=this.points,r=s.length,o=(r-(this.closed?0:1))*t,a=Math.floor(o),l=o-a;this.closed?a+=a>0?0:(Math.floor(Math.abs(a)/r)+1)*r:l===0&&a===r-1&&(a=r-2,l=1);let c,h;this.closed||a>0?c=s[(a-1)%r]:(Fd.subVectors(s[0],s[1]).add(s[0]),c=Fd);let u=s[a%r],f=s[(a+1)%r];if(this.closed||a+2<r?h=s[(a+2)%r]:(Nd.subVectors(s[r-1],s[r-2]).add(s[r-1]),h=Nd),this.curveType==="centripetal"||this.curveType==="chordal"){let d=this.curveType==="chordal"?.5:.25,g=Math.pow(c.distanceToSquared(u),d),E=Math.pow(u.distanceToSquared(f),d),x=Math.pow(f.distanceToSquared(h),d);E<1e-4&&(E=1),g<1e-4&&(g=E),x<1e-4&&(x=E),Rh.initNonuniformCatmullRom(c.x,u.x,f.x,h.x,g,E,x),Ch.initNonuniformCatmullRom(c.y,u.y,f.y,h.y,g,E,x),Ih.initNonuniformCatmullRom(c.z,u.z,f.z,h.z,g,E,x)}else this.curveType==="catmullrom"&&(Rh.initCatmullRom(c.x,u.x,f.x,h.x,this.tension),Ch.initCatmullRom(c.y,u.y,f.y,h.y,this.tension),Ih.initCatmullRom(c.z,u.z,f.z,h.z,this.tension));return n.set(Rh.calc(l),Ch.calc(l),Ih.calc(l)),n}copy(t){super.copy(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(s.clone())}return this.closed=t.closed,this.curveType=t.curveType,this.tension=t.tension,this}toJSON(){let t=super.toJSON();t.points=[];for(let e=0,n=this.points.length;e<n;e++){let s=this.points[e];t.points.push(s.toArray())}return t.closed=this.closed,t.curveType=this.curveType,t.tension=this.tension,t}fromJSON(t){super.fromJSON(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(new H().fromArray(s))}return this.closed=t.closed,this.curveType=t.curveType,this.tension=t.tension,this}};function Od(i,t,e,n,s){let r=(n-t)*.5,o=(s-e)*.5,a=i*i,l=i*a;return(2*e-2*n+r+o)*l+(-3*e+3*n-2*r-o)*a+r*i+e}function xy(i,t){let e=1-i;return e*e*t}function yy(i,t){return 2*(1-i)*i*t}function _y(i,t){return i*i*t}function Fr(i,t,e,n){return xy(i,t)+yy(i,e)+_y(i,n)}function vy(i,t){let e=1-i;return e*e*e*t}function wy(i,t){let e=1-i;return 3*e*e*i*t}function Sy(i,t){return 3*(1-i)*i*i*t}function My(i,t){return i*i*i*t}function Or(i,t,e,n,s){return vy(i,t)+wy(i,e)+Sy(i,n)+My(i,s)}var Da=class extends Pn{constructor(t=new kt,e=new kt,n=new kt,s=new kt){super(),this.isCubicBezierCurve=!0,this.type="CubicBezierCurve",this.v0=t,this.v1=e,this.v2=n,this.v3=s}getPoint(t,e=new kt){let n=e,s=this.v0,r=this.v1,o=this.v2,a=this.v3;return n.set(Or(t,s.x,r.x,o.x,a.x),Or(t,s.y,r.y,o.y,a.y)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this.v3.copy(t.v3),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t.v3=this.v3.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this.v3.fromArray(t.v3),this}},Na=class extends Pn{constructor(t=new H,e=new H,n=new H,s=new H){super(),this.isCubicBezierCurve3=!0,this.type="CubicBezierCurve3",this.v0=t,this.v1=e,this.v2=n,this.v3=s}getPoint(t,e=new H){let n=e,s=this.v0,r=this.v1,o=this.v2,a=this.v3;return n.set(Or(t,s.x,r.x,o.x,a.x),Or(t,s.y,r.y,o.y,a.y),Or(t,s.z,r.z,o.z,a.z)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this.v3.copy(t.v3),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t.v3=this.v3.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this.v3.fromArray(t.v3),this}},Fa=class extends Pn{constructor(t=new kt,e=new kt){super(),this.isLineCurve=!0,this.type="LineCurve",this.v1=t,this.v2=e}getPoint(t,e=new kt){let n=e;return t===1?n.copy(this.v2):(n.copy(this.v2).sub(this.v1),n.multiplyScalar(t).add(this.v1)),n}getPointAt(t,e){return this.getPoint(t,e)}getTangent(t,e=new kt){return e.subVectors(this.v2,this.v1).normalize()}getTangentAt(t,e){return this.getTangent(t,e)}copy(t){return super.copy(t),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},Oa=class extends Pn{constructor(t=new H,e=new H){super(),this.isLineCurve3=!0,this.type="LineCurve3",this.v1=t,this.v2=e}getPoint(t,e=new H){let n=e;return t===1?n.copy(this.v2):(n.copy(this.v2).sub(this.v1),n.multiplyScalar(t).add(this.v1)),n}getPointAt(t,e){return this.getPoint(t,e)}getTangent(t,e=new H){return e.subVectors(this.v2,this.v1).normalize()}getTangentAt(t,e){return this.getTangent(t,e)}copy(t){return super.copy(t),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},Ba=class extends Pn{constructor(t=new kt,e=new kt,n=new kt){super(),this.isQuadraticBezierCurve=!0,this.type="QuadraticBezierCurve",this.v0=t,this.v1=e,this.v2=n}getPoint(t,e=new kt){let n=e,s=this.v0,r=this.v1,o=this.v2;return n.set(Fr(t,s.x,r.x,o.x),Fr(t,s.y,r.y,o.y)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},Kr=class extends Pn{constructor(t=new H,e=new H,n=new H){super(),this.isQuadraticBezierCurve3=!0,this.type="QuadraticBezierCurve3",this.v0=t,this.v1=e,this.v2=n}getPoint(t,e=new H){let n=e,s=this.v0,r=this.v1,o=this.v2;return n.set(Fr(t,s.x,r.x,o.x),Fr(t,s.y,r.y,o.y),Fr(t,s.z,r.z,o.z)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},ka=class extends Pn{constructor(t=[]){super(),this.isSplineCurve=!0,this.type="SplineCurve",this.points=t}getPoint(t,e=new kt){let n=e,s=this.points,r=(s.length-1)*t,o=Math.floor(r),a=r-o,l=s[o===0?o:o-1],c=s[o],h=s[o>s.length-2?s.length-1:o+1],u=s[o>s.length-3?s.length-1:o+2];return n.set(Od(a,l.x,c.x,h.x,u.x),Od(a,l.y,c.y,h.y,u.y)),n}copy(t){super.copy(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(s.clone())}return this}toJSON(){let t=super.toJSON();t.points=[];for(let e=0,n=this.points.length;e<n;e++){let s=this.points[e];t.points.push(s.toArray())}return t}fromJSON(t){super.fromJSON(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(new kt().fromArray(s))}return this}},by=Object.freeze({__proto__:null,ArcCurve:Ua,CatmullRomCurve3:us,CubicBezierCurve:Da,CubicBezierCurve3:Na,EllipseCurve:Jr,LineCurve:Fa,LineCurve3:Oa,QuadraticBezierCurve:Ba,QuadraticBezierCurve3:Kr,SplineCurve:ka});var Ln=class i extends Mn{constructor(t=1,e=1,n=1,s=1){super(),this.type="PlaneGeometry",this.parameters={width:t,height:e,widthSegments:n,heightSegments:s};let r=t/2,o=e/2,a=Math.floor(n),l=Math.floor(s),c=a+1,h=l+1,u=t/a,f=e/l,d=[],g=[],E=[],x=[];for(let p=0;p<h;p++){let M=p*f-o;for(let A=0;A<c;A++){let b=A*u-r;g.push(b,-M,0),E.push(0,0,1),x.push(A/a),x.push(1-p/l)}}for(let p=0;p<l;p++)for(let M=0;M<a;M++){let A=M+c*p,b=M+c*(p+1),R=M+1+c*(p+1),_=M+1+c*p;d.push(A,b,_),d.push(b,R,_)}this.setIndex(d),this.setAttribute("position",new ke(g,3)),this.setAttribute("normal",new ke(E,3)),this.setAttribute("uv",new ke(x,2))}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.width,t.height,t.widthSegments,t.heightSegments)}};var fs=class i extends Mn{constructor(t=1,e=32,n=16,s=0,r=Math.PI*2,o=0,a=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:t,widthSegments:e,heightSegments:n,phiStart:s,phiLength:r,thetaStart:o,thetaLength:a},e=Math.max(3,Math.floor(e)),n=Math.max(2,Math.floor(n));let l=Math.min(o+a,Math.PI),c=0,h=[],u=new H,f=new H,d=[],g=[],E=[],x=[];for(let p=0;p<=n;p++){let M=[],A=p/n,b=o+A*a,R=t*Math.cos(b),_=Math.sqrt(t*t-R*R),y=0;p===0&&o===0?y=.5/e:p===n&&l===Math.PI&&(y=-.5/e);for(let T=0;T<=e;T++){let k=T/e,D=s+k*r;u.x=-_*Math.cos(D),u.y=R,u.z=_*Math.sin(D),g.push(u.x,u.y,u.z),f.copy(u).normalize(),E.push(f.x,f.y,f.z),x.push(k+y,1-A),M.push(c++)}h.push(M)}for(let p=0;p<n;p++)for(let M=0;M<e;M++){let A=h[p][M+1],b=h[p][M],R=h[p+1][M],_=h[p+1][M+1];(p!==0||o>0)&&d.push(A,b,_),(p!==n-1||l<Math.PI)&&d.push(b,R,_)}this.setIndex(d),this.setAttribute("position",new ke(g,3)),this.setAttribute("normal",new ke(E,3)),this.setAttribute("uv",new ke(x,2))}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.radius,t.widthSegments,t.heightSegments,t.phiStart,t.phiLength,t.thetaStart,t.thetaLength)}};var or=class i extends Mn{constructor(t=new Kr(new H(-1,-1,0),new H(-1,1,0),new H(1,1,0)),e=64,n=1,s=8,r=!1){super(),this.type="TubeGeometry",this.parameters={path:t,tubularSegments:e,radius:n,radialSegments:s,closed:r};let o=t.computeFrenetFrames(e,r);this.tangents=o.tangents,this.normals=o.normals,this.binormals=o.binormals;let a=new H,l=new H,c=new kt,h=new H,u=[],f=[],d=[],g=[];E(),this.setIndex(g),this.setAttribute("position",new ke(u,3)),this.setAttribute("normal",new ke(f,3)),this.setAttribute("uv",new ke(d,2));function E(){for(let A=0;A<e;A++)x(A);x(r===!1?e:0),M(),p()}function x(A){h=t.getPointAt(A/e,h);let b=o.normals[A],R=o.binormals[A];for(let _=0;_<=s;_++){let y=_/s*Math.PI*2,T=Math.sin(y),k=-Math.cos(y);l.x=k*b.x+T*R.x,l.y=k*b.y+T*R.y,l.z=k*b.z+T*R.z,l.normalize(),f.push(l.x,l.y,l.z),a.x=h.x+n*l.x,a.y=h.y+n*l.y,a.z=h.z+n*l.z,u.push(a.x,a.y,a.z)}}function p(){for(let A=1;A<=e;A++)for(let b=1;b<=s;b++){let R=(s+1)*(A-1)+(b-1),_=(s+1)*A+(b-1),y=(s+1)*A+b,T=(s+1)*(A-1)+b;g.push(R,_,T),g.push(_,y,T)}}function M(){for(let A=0;A<=e;A++)for(let b=0;b<=s;b++)c.x=A/e,c.y=b/s,d.push(c.x,c.y)}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}toJSON(){let t=super.toJSON();return t.path=this.parameters.path.toJSON(),t}static fromJSON(t){return new i(new by[t.path.type]().fromJSON(t.path),t.tubularSegments,t.radius,t.radialSegments,t.closed)}};function _s(i){let t={};for(let e in i){t[e]={};for(let n in i[e]){let s=i[e][n];if(Bd(s))s.isRenderTargetTexture?(Gt("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),t[e][n]=null):t[e][n]=s.clone();else if(Array.isArray(s))if(Bd(s[0])){let r=[];for(let o=0,a=s.length;o<a;o++)r[o]=s[o].clone();t[e][n]=r}else t[e][n]=s.slice();else t[e][n]=s}}return t}function on(i){let t={};for(let e=0;e<i.length;e++){let n=_s(i[e]);for(let s in n)t[s]=n[s]}return t}function Bd(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function Ey(i){let t=[];for(let e=0;e<i.length;e++)t.push(i[e].clone());return t}function pu(i){let t=i.getRenderTarget();return t===null?i.outputColorSpace:t.isXRRenderTarget===!0?t.texture.colorSpace:ce.workingColorSpace}var Ip={clone:_s,merge:on},Ay=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,Ty=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,ei=class extends ki{constructor(t){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=Ay,this.fragmentShader=Ty,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,t!==void 0&&this.setValues(t)}copy(t){return super.copy(t),this.fragmentShader=t.fragmentShader,this.vertexShader=t.vertexShader,this.uniforms=_s(t.uniforms),this.uniformsGroups=Ey(t.uniformsGroups),this.defines=Object.assign({},t.defines),this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.fog=t.fog,this.lights=t.lights,this.clipping=t.clipping,this.extensions=Object.assign({},t.extensions),this.glslVersion=t.glslVersion,this.defaultAttributeValues=Object.assign({},t.defaultAttributeValues),this.index0AttributeName=t.index0AttributeName,this.uniformsNeedUpdate=t.uniformsNeedUpdate,this}toJSON(t){let e=super.toJSON(t);e.glslVersion=this.glslVersion,e.uniforms={};for(let s in this.uniforms){let o=this.uniforms[s].value;o&&o.isTexture?e.uniforms[s]={type:"t",value:o.toJSON(t).uuid}:o&&o.isColor?e.uniforms[s]={type:"c",value:o.getHex()}:o&&o.isVector2?e.uniforms[s]={type:"v2",value:o.toArray()}:o&&o.isVector3?e.uniforms[s]={type:"v3",value:o.toArray()}:o&&o.isVector4?e.uniforms[s]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?e.uniforms[s]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?e.uniforms[s]={type:"m4",value:o.toArray()}:e.uniforms[s]={value:o}}Object.keys(this.defines).length>0&&(e.defines=this.defines),e.vertexShader=this.vertexShader,e.fragmentShader=this.fragmentShader,e.lights=this.lights,e.clipping=this.clipping;let n={};for(let s in this.extensions)this.extensions[s]===!0&&(n[s]=!0);return Object.keys(n).length>0&&(e.extensions=n),e}fromJSON(t,e){if(super.fromJSON(t,e),t.uniforms!==void 0)for(let n in t.uniforms){let s=t.uniforms[n];switch(this.uniforms[n]={},s.type){case"t":this.uniforms[n].value=e[s.value]||null;break;case"c":this.uniforms[n].value=new Jt().setHex(s.value);break;case"v2":this.uniforms[n].value=new kt().fromArray(s.value);break;case"v3":this.uniforms[n].value=new H().fromArray(s.value);break;case"v4":this.uniforms[n].value=new Ie().fromArray(s.value);break;case"m3":this.uniforms[n].value=new Xt().fromArray(s.value);break;case"m4":this.uniforms[n].value=new Ce().fromArray(s.value);break;default:this.uniforms[n].value=s.value}}if(t.defines!==void 0&&(this.defines=t.defines),t.vertexShader!==void 0&&(this.vertexShader=t.vertexShader),t.fragmentShader!==void 0&&(this.fragmentShader=t.fragmentShader),t.glslVersion!==void 0&&(this.glslVersion=t.glslVersion),t.extensions!==void 0)for(let n in t.extensions)this.extensions[n]=t.extensions[n];return t.lights!==void 0&&(this.lights=t.lights),t.clipping!==void 0&&(this.clipping=t.clipping),this}},za=class extends ei{constructor(t){super(t),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}},Vi=class extends ki{constructor(t){super(),this.isMeshStandardMaterial=!0,this.type="MeshStandardMaterial",this.defines={STANDARD:""},this.color=new Jt(16777215),this.roughness=1,this.metalness=0,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Jt(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=zl,this.normalScale=new kt(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.roughnessMap=null,this.metalnessMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new vi,this.envMapIntensity=1,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.defines={STANDARD:""},this.color.copy(t.color),this.roughness=t.roughness,this.metalness=t.metalness,this.map=t.map,this.lightMap=t.lightMap,this.lightMapIntensity=t.lightMapIntensity,this.aoMap=t.aoMap,this.aoMapIntensity=t.aoMapIntensity,this.emissive.copy(t.emissive),this.emissiveMap=t.emissiveMap,this.emissiveIntensity=t.emissiveIntensity,this.bumpMap=t.bumpMap,this.bumpScale=t.bumpScale,this.normalMap=t.normalMap,this.normalMapType=t.normalMapType,this.normalScale.copy(t.normalScale),this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this.roughnessMap=t.roughnessMap,this.metalnessMap=t.metalnessMap,this.alphaMap=t.alphaMap,this.envMap=t.envMap,this.envMapRotation.copy(t.envMapRotation),this.envMapIntensity=t.envMapIntensity,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.wireframeLinecap=t.wireframeLinecap,this.wireframeLinejoin=t.wireframeLinejoin,this.flatShading=t.flatShading,this.fog=t.fog,this}};var Ga=class extends ki{constructor(t){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=mp,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(t)}copy(t){return super.copy(t),this.depthPacking=t.depthPacking,this.map=t.map,this.alphaMap=t.alphaMap,this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this}},Ha=class extends ki{constructor(t){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(t)}copy(t){return super.copy(t),this.map=t.map,this.alphaMap=t.alphaMap,this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this}};function Zs(i,t){return!i||i.constructor===t?i:typeof t.BYTES_PER_ELEMENT=="number"?new t(i):Array.prototype.slice.call(i)}function ua(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var Wi=class{constructor(t,e,n,s){this.parameterPositions=t,this._cachedIndex=0,this.resultBuffer=s!==void 0?s:new e.constructor(n),this.sampleValues=e,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(t){let e=this.parameterPositions,n=this._cachedIndex,s=e[n],r=e[n-1];t:{e:{let o;n:{i:if(!(t<s)){for(let a=n+2;;){if(s===void 0){if(t<r)break i;return n=e.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(r=s,s=e[++n],t<s)break e}o=e.length;break n}if(!(t>=r)){let a=e[1];t<a&&(n=2,r=a);for(let l=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===l)break;if(s=r,r=e[--n-1],t>=r)break e}o=n,n=0;break n}break t}for(;n<o;){let a=n+o>>>1;t<e[a]?o=a:n=a+1}if(s=e[n],r=e[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(s===void 0)return n=e.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,s)}return this.interpolate_(n,r,t,s)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(t){let e=this.resultBuffer,n=this.sampleValues,s=this.valueSize,r=t*s;for(let o=0;o!==s;++o)e[o]=n[r+o];return e}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Va=class extends Wi{constructor(t,e,n,s){super(t,e,n,s),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Uh,endingEnd:Uh}}intervalChanged_(t,e,n){let s=this.parameterPositions,r=t-2,o=t+1,a=s[r],l=s[o];if(a===void 0)switch(this.getSettings_().endingStart){case Dh:r=t,a=2*e-n;break;case Nh:r=s.length-2,a=e+s[r]-s[r+1];break;default:r=t,a=n}if(l===void 0)switch(this.getSettings_().endingEnd){case Dh:o=t,l=2*n-e;break;case Nh:o=1,l=n+s[1]-s[0];break;default:o=t-1,l=e}let c=(n-e)*.5,h=this.valueSize;this._weightPrev=c/(e-a),this._weightNext=c/(l-n),this._offsetPrev=r*h,this._offsetNext=o*h}interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=this._offsetPrev,u=this._offsetNext,f=this._weightPrev,d=this._weightNext,g=(n-e)/(s-e),E=g*g,x=E*g,p=-f*x+2*f*E-f*g,M=(1+f)*x+(-1.5-2*f)*E+(-.5+f)*g+1,A=(-1-d)*x+(1.5+d)*E+.5*g,b=d*x-d*E;for(let R=0;R!==a;++R)r[R]=p*o[h+R]+M*o[c+R]+A*o[l+R]+b*o[u+R];return r}},Wa=class extends Wi{constructor(t,e,n,s){super(t,e,n,s)}interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=(n-e)/(s-e),u=1-h;for(let f=0;f!==a;++f)r[f]=o[c+f]*u+o[l+f]*h;return r}},Xa=class extends Wi{constructor(t,e,n,s){super(t,e,n,s)}interpolate_(t){return this.copySampleValue_(t-1)}},$a=class extends Wi{interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=this.inTangents,u=this.outTangents;if(!h||!u){let g=(n-e)/(s-e),E=1-g;for(let x=0;x!==a;++x)r[x]=o[c+x]*E+o[l+x]*g;return r}let f=a*2,d=t-1;for(let g=0;g!==a;++g){let E=o[c+g],x=o[l+g],p=d*f+g*2,M=u[p],A=u[p+1],b=t*f+g*2,R=h[b],_=h[b+1],y=Cy(n,e,M,R,s);r[g]=Pp(y,E,A,_,x)}return r}};function Pp(i,t,e,n,s){let r=1-i;return r*r*r*t+3*r*r*i*e+3*r*i*i*n+i*i*i*s}function Ry(i,t,e,n,s){let r=1-i;return 3*r*r*(e-t)+6*r*i*(n-e)+3*i*i*(s-n)}function Cy(i,t,e,n,s){let r=(i-t)/(s-t);for(let o=0;o<8;o++){let a=Pp(r,t,e,n,s)-i;if(Math.abs(a)<1e-10)break;let l=Ry(r,t,e,n,s);if(Math.abs(l)<1e-10)break;r=Math.max(0,Math.min(1,r-a/l))}return r}var bn=class{constructor(t,e,n,s){if(t===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(e===void 0||e.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+t);this.name=t,this.times=Zs(e,this.TimeBufferType),this.values=Zs(n,this.ValueBufferType),this.setInterpolation(s||this.DefaultInterpolation)}static toJSON(t){let e=t.constructor,n;if(e.toJSON!==this.toJSON)n=e.toJSON(t);else{n={name:t.name,times:Zs(t.times,Array),values:Zs(t.values,Array)};let s=t.getInterpolation();s!==t.DefaultInterpolation&&(n.interpolation=s),ua(t.settings)&&(n.settings={inTangents:Zs(t.settings.inTangents,Array),outTangents:Zs(t.settings.outTangents,Array)})}return n.type=t.ValueTypeName,n}InterpolantFactoryMethodDiscrete(t){return new Xa(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodLinear(t){return new Wa(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodSmooth(t){return new Va(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodBezier(t){let e=new $a(this.times,this.values,this.getValueSize(),t);return this.settings&&(e.inTangents=this.settings.inTangents,e.outTangents=this.settings.outTangents),e}setInterpolation(t){let e;switch(t){case Br:e=this.InterpolantFactoryMethodDiscrete;break;case Ea:e=this.InterpolantFactoryMethodLinear;break;case pa:e=this.InterpolantFactoryMethodSmooth;break;case Lh:e=this.InterpolantFactoryMethodBezier;break}if(e===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(t!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Gt("KeyframeTrack:",n),this}return this.createInterpolant=e,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Br;case this.InterpolantFactoryMethodLinear:return Ea;case this.InterpolantFactoryMethodSmooth:return pa;case this.InterpolantFactoryMethodBezier:return Lh}}getValueSize(){return this.values.length/this.times.length}shift(t){if(t!==0){let e=this.times;for(let n=0,s=e.length;n!==s;++n)e[n]+=t;ua(this.settings)&&(kd(this.settings.inTangents,t),kd(this.settings.outTangents,t))}return this}scale(t){if(t!==1){let e=this.times;for(let n=0,s=e.length;n!==s;++n)e[n]*=t;ua(this.settings)&&(zd(this.settings.inTangents,t),zd(this.settings.outTangents,t))}return this}trim(t,e){let n=this.times,s=n.length,r=0,o=s-1;for(;r!==s&&n[r]<t;)++r;for(;o!==-1&&n[o]>e;)--o;if(++o,r!==0||o!==s){r>=o&&(o=Math.max(o,1),r=o-1);let a=this.getValueSize();this.times=n.slice(r,o),this.values=this.values.slice(r*a,o*a)}return this}validate(){let t=!0,e=this.getValueSize();e-Math.floor(e)!==0&&(Vt("KeyframeTrack: Invalid value size in track.",this),t=!1);let n=this.times,s=this.values,r=n.length;r===0&&(Vt("KeyframeTrack: Track is empty.",this),t=!1);let o=null;for(let a=0;a!==r;a++){let l=n[a];if(typeof l=="number"&&isNaN(l)){Vt("KeyframeTrack: Time is not a valid number.",this,a,l),t=!1;break}if(o!==null&&o>l){Vt("KeyframeTrack: Out of order keys.",this,a,l,o),t=!1;break}o=l}if(s!==void 0&&Zx(s))for(let a=0,l=s.length;a!==l;++a){let c=s[a];if(isNaN(c)){Vt("KeyframeTrack: Value is not a valid number.",this,a,c),t=!1;break}}return t}optimize(){let t=this.times.slice(),e=this.values.slice(),n=this.getValueSize(),s=this.getInterpolation()===pa,r=t.length-1,o=1;for(let a=1;a<r;++a){let l=!1,c=t[a],h=t[a+1];if(c!==h&&(a!==1||c!==t[0]))if(s)l=!0;else{let u=a*n,f=u-n,d=u+n;for(let g=0;g!==n;++g){let E=e[u+g];if(E!==e[f+g]||E!==e[d+g]){l=!0;break}}}if(l){if(a!==o){t[o]=t[a];let u=a*n,f=o*n;for(let d=0;d!==n;++d)e[f+d]=e[u+d]}++o}}if(r>0){t[o]=t[r];for(let a=r*n,l=o*n,c=0;c!==n;++c)e[l+c]=e[a+c];++o}return o!==t.length?(this.times=t.slice(0,o),this.values=e.slice(0,o*n)):(this.times=t,this.values=e),this}clone(){let t=this.times.slice(),e=this.values.slice(),n=this.constructor,s=new n(this.name,t,e);return s.createInterpolant=this.createInterpolant,ua(this.settings)&&(s.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),s}};function kd(i,t){for(let e=0,n=i.length;e!==n;e+=2)i[e]+=t}function zd(i,t){for(let e=0,n=i.length;e!==n;e+=2)i[e]*=t}bn.prototype.ValueTypeName="";bn.prototype.TimeBufferType=Float32Array;bn.prototype.ValueBufferType=Float32Array;bn.prototype.DefaultInterpolation=Ea;var Xi=class extends bn{constructor(t,e,n){super(t,e,n)}};Xi.prototype.ValueTypeName="bool";Xi.prototype.ValueBufferType=Array;Xi.prototype.DefaultInterpolation=Br;Xi.prototype.InterpolantFactoryMethodLinear=void 0;Xi.prototype.InterpolantFactoryMethodSmooth=void 0;var qa=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}};qa.prototype.ValueTypeName="color";var Ya=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}};Ya.prototype.ValueTypeName="number";var Za=class extends Wi{constructor(t,e,n,s){super(t,e,n,s)}interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(n-e)/(s-e),c=t*a;for(let h=c+a;c!==h;c+=4)ti.slerpFlat(r,0,o,c-a,o,c,l);return r}},jr=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}InterpolantFactoryMethodLinear(t){return new Za(this.times,this.values,this.getValueSize(),t)}};jr.prototype.ValueTypeName="quaternion";jr.prototype.InterpolantFactoryMethodSmooth=void 0;var $i=class extends bn{constructor(t,e,n){super(t,e,n)}};$i.prototype.ValueTypeName="string";$i.prototype.ValueBufferType=Array;$i.prototype.DefaultInterpolation=Br;$i.prototype.InterpolantFactoryMethodLinear=void 0;$i.prototype.InterpolantFactoryMethodSmooth=void 0;var Ja=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}};Ja.prototype.ValueTypeName="vector";var Ka=class{constructor(t,e,n){let s=this,r=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=t,this.onProgress=e,this.onError=n,this._abortController=null,this.itemStart=function(h){a++,r===!1&&s.onStart!==void 0&&s.onStart(h,o,a),r=!0},this.itemEnd=function(h){o++,s.onProgress!==void 0&&s.onProgress(h,o,a),o===a&&(r=!1,s.onLoad!==void 0&&s.onLoad())},this.itemError=function(h){s.onError!==void 0&&s.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,u){return c.push(h,u),this},this.removeHandler=function(h){let u=c.indexOf(h);return u!==-1&&c.splice(u,2),this},this.getHandler=function(h){for(let u=0,f=c.length;u<f;u+=2){let d=c[u],g=c[u+1];if(d.global&&(d.lastIndex=0),d.test(h))return g}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Lp=new Ka,ja=class{constructor(t){this.manager=t!==void 0?t:Lp,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(t,e){let n=this;return new Promise(function(s,r){n.load(t,s,e,r)})}parse(){}setCrossOrigin(t){return this.crossOrigin=t,this}setWithCredentials(t){return this.withCredentials=t,this}setPath(t){return this.path=t,this}setResourcePath(t){return this.resourcePath=t,this}setRequestHeader(t){return this.requestHeader=t,this}setPriority(t){return this.priority=t,this}setCache(t){return this.cache=t,this}abort(){return this}};ja.DEFAULT_MATERIAL_NAME="__DEFAULT";var Qr=class extends rn{static registerNode(t){this.prototype._lightNode=t}constructor(t,e=1){super(),this.isLight=!0,this.type="Light",this.color=new Jt(t),this.intensity=e}copy(t,e){return super.copy(t,e),this.color.copy(t.color),this.intensity=t.intensity,this}toJSON(t){let e=super.toJSON(t);return e.object.color=this.color.getHex(),e.object.intensity=this.intensity,e}},ds=class extends Qr{constructor(t,e,n){super(t,n),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(rn.DEFAULT_UP),this.updateMatrix(),this.groundColor=new Jt(e)}copy(t,e){return super.copy(t,e),this.groundColor.copy(t.groundColor),this}toJSON(t){let e=super.toJSON(t);return e.object.groundColor=this.groundColor.getHex(),e}},Ph=new Ce,Gd=new H,Hd=new H,Qa=class{constructor(t){this.camera=t,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new kt(512,512),this.mapType=pn,this.map=null,this.mapPass=null,this.matrix=new Ce,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new zi,this._frameExtents=new kt(1,1),this._viewportCount=1,this._viewports=[new Ie(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(t){let e=this.camera;Gd.setFromMatrixPosition(t.matrixWorld),e.position.copy(Gd),Hd.setFromMatrixPosition(t.target.matrixWorld),e.lookAt(Hd),e.updateMatrixWorld(),this._updateMatrix(e,this.matrix,this._frustum)}_updateMatrix(t,e,n,s){Ph.multiplyMatrices(t.projectionMatrix,t.matrixWorldInverse),n.setFromProjectionMatrix(Ph,t.coordinateSystem,t.reversedDepth);let r=this._frameExtents,o=s?s.z/r.x:1,a=s?s.w/r.y:1,l=s?s.x/r.x:0,c=s?s.y/r.y:0;t.coordinateSystem===tr||t.reversedDepth?e.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,1,0,0,0,0,1):e.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,.5,.5,0,0,0,1),e.multiply(Ph)}getViewport(t){return this._viewports[t]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(t){return this.camera=t.camera.clone(),this.intensity=t.intensity,this.bias=t.bias,this.radius=t.radius,this.autoUpdate=t.autoUpdate,this.needsUpdate=t.needsUpdate,this.normalBias=t.normalBias,this.blurSamples=t.blurSamples,this.mapSize.copy(t.mapSize),this.mapType=t.mapType,this.biasNode=t.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let t={};return t.intensity=this.intensity,t.bias=this.bias,t.normalBias=this.normalBias,t.radius=this.radius,t.blurSamples=this.blurSamples,t.mapSize=this.mapSize.toArray(),t.mapType=this.mapType,t.camera=this.camera.toJSON(!1).object,delete t.camera.matrix,t}},fa=new H,da=new ti,Kn=new H,to=class extends rn{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new Ce,this.projectionMatrix=new Ce,this.projectionMatrixInverse=new Ce,this.coordinateSystem=In,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(t,e){return super.copy(t,e),this.matrixWorldInverse.copy(t.matrixWorldInverse),this.projectionMatrix.copy(t.projectionMatrix),this.projectionMatrixInverse.copy(t.projectionMatrixInverse),this.coordinateSystem=t.coordinateSystem,this}getWorldDirection(t){return super.getWorldDirection(t).negate()}updateMatrixWorld(t){super.updateMatrixWorld(t),this.matrixWorld.decompose(fa,da,Kn),Kn.x===1&&Kn.y===1&&Kn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(fa,da,Kn.set(1,1,1)).invert()}updateWorldMatrix(t,e,n=!1){super.updateWorldMatrix(t,e,n),this.matrixWorld.decompose(fa,da,Kn),Kn.x===1&&Kn.y===1&&Kn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(fa,da,Kn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Fi=new H,Vd=new kt,Wd=new kt,je=class extends to{constructor(t=50,e=1,n=.1,s=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=t,this.zoom=1,this.near=n,this.far=s,this.focus=10,this.aspect=e,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(t,e){return super.copy(t,e),this.fov=t.fov,this.zoom=t.zoom,this.near=t.near,this.far=t.far,this.focus=t.focus,this.aspect=t.aspect,this.view=t.view===null?null:Object.assign({},t.view),this.filmGauge=t.filmGauge,this.filmOffset=t.filmOffset,this}setFocalLength(t){let e=.5*this.getFilmHeight()/t;this.fov=Aa*2*Math.atan(e),this.updateProjectionMatrix()}getFocalLength(){let t=Math.tan(ah*.5*this.fov);return .5*this.getFilmHeight()/t}getEffectiveFOV(){return Aa*2*Math.atan(Math.tan(ah*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(t,e,n){Fi.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),e.set(Fi.x,Fi.y).multiplyScalar(-t/Fi.z),Fi.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(Fi.x,Fi.y).multiplyScalar(-t/Fi.z)}getViewSize(t,e){return this.getViewBounds(t,Vd,Wd),e.subVectors(Wd,Vd)}setViewOffset(t,e,n,s,r,o){this.aspect=t/e,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=t,this.view.fullHeight=e,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let t=this.near,e=t*Math.tan(ah*.5*this.fov)/this.zoom,n=2*e,s=this.aspect*n,r=-.5*s,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;r+=o.offsetX*s/l,e-=o.offsetY*n/c,s*=o.width/l,n*=o.height/c}let a=this.filmOffset;a!==0&&(r+=t*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+s,e,e-n,t,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(t){let e=super.toJSON(t);return e.object.fov=this.fov,e.object.zoom=this.zoom,e.object.near=this.near,e.object.far=this.far,e.object.focus=this.focus,e.object.aspect=this.aspect,this.view!==null&&(e.object.view=Object.assign({},this.view)),e.object.filmGauge=this.filmGauge,e.object.filmOffset=this.filmOffset,e}};var ps=class extends to{constructor(t=-1,e=1,n=1,s=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=t,this.right=e,this.top=n,this.bottom=s,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(t,e){return super.copy(t,e),this.left=t.left,this.right=t.right,this.top=t.top,this.bottom=t.bottom,this.near=t.near,this.far=t.far,this.zoom=t.zoom,this.view=t.view===null?null:Object.assign({},t.view),this}setViewOffset(t,e,n,s,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=t,this.view.fullHeight=e,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let t=(this.right-this.left)/(2*this.zoom),e=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,s=(this.top+this.bottom)/2,r=n-t,o=n+t,a=s+e,l=s-e;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=c*this.view.offsetX,o=r+c*this.view.width,a-=h*this.view.offsetY,l=a-h*this.view.height}this.projectionMatrix.makeOrthographic(r,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(t){let e=super.toJSON(t);return e.object.zoom=this.zoom,e.object.left=this.left,e.object.right=this.right,e.object.top=this.top,e.object.bottom=this.bottom,e.object.near=this.near,e.object.far=this.far,this.view!==null&&(e.object.view=Object.assign({},this.view)),e}},Fh=class extends Qa{constructor(){super(new ps(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},qi=class extends Qr{constructor(t,e){super(t,e),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(rn.DEFAULT_UP),this.updateMatrix(),this.target=new rn,this.shadow=new Fh}dispose(){super.dispose(),this.shadow.dispose()}copy(t){return super.copy(t),this.target=t.target.clone(),this.shadow=t.shadow.clone(),this}toJSON(t){let e=super.toJSON(t);return e.object.shadow=this.shadow.toJSON(),e.object.target=this.target.uuid,e}};var Js=-90,Ks=1,ar=class extends rn{constructor(t,e,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let s=new je(Js,Ks,t,e);s.layers=this.layers,this.add(s);let r=new je(Js,Ks,t,e);r.layers=this.layers,this.add(r);let o=new je(Js,Ks,t,e);o.layers=this.layers,this.add(o);let a=new je(Js,Ks,t,e);a.layers=this.layers,this.add(a);let l=new je(Js,Ks,t,e);l.layers=this.layers,this.add(l);let c=new je(Js,Ks,t,e);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let t=this.coordinateSystem,e=this.children.concat(),[n,s,r,o,a,l]=e;for(let c of e)this.remove(c);if(t===In)n.up.set(0,1,0),n.lookAt(1,0,0),s.up.set(0,1,0),s.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(t===tr)n.up.set(0,-1,0),n.lookAt(-1,0,0),s.up.set(0,-1,0),s.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+t);for(let c of e)this.add(c),c.updateMatrixWorld()}update(t,e){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:s}=this;this.coordinateSystem!==t.coordinateSystem&&(this.coordinateSystem=t.coordinateSystem,this.updateCoordinateSystem());let[r,o,a,l,c,h]=this.children,u=t.getRenderTarget(),f=t.getActiveCubeFace(),d=t.getActiveMipmapLevel(),g=t.xr.enabled;t.xr.enabled=!1;let E=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let x=!1;t.isWebGLRenderer===!0?x=t.state.buffers.depth.getReversed():x=t.reversedDepthBuffer,t.setRenderTarget(n,0,s),x&&t.autoClear===!1&&t.clearDepth(),t.render(e,r),t.setRenderTarget(n,1,s),x&&t.autoClear===!1&&t.clearDepth(),t.render(e,o),t.setRenderTarget(n,2,s),x&&t.autoClear===!1&&t.clearDepth(),t.render(e,a),t.setRenderTarget(n,3,s),x&&t.autoClear===!1&&t.clearDepth(),t.render(e,l),t.setRenderTarget(n,4,s),x&&t.autoClear===!1&&t.clearDepth(),t.render(e,c),n.texture.mipmapsAutoUpdate=E,t.setRenderTarget(n,5,s),x&&t.autoClear===!1&&t.clearDepth(),t.render(e,h),t.setRenderTarget(u,f,d),t.xr.enabled=g,n.texture.needsPMREMUpdate=!0}},tl=class extends je{constructor(t=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=t,this.perCameraFrustumCulled=!1}};var mu="\\[\\]\\.:\\/",Iy=new RegExp("["+mu+"]","g"),gu="[^"+mu+"]",Py="[^"+mu.replace("\\.","")+"]",Ly=/((?:WC+[\/:])*)/.source.replace("WC",gu),Uy=/(WCOD+)?/.source.replace("WCOD",Py),Dy=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",gu),Ny=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",gu),Fy=new RegExp("^"+Ly+Uy+Dy+Ny+"$"),Oy=["material","materials","bones","map"],Oh=class{constructor(t,e,n){let s=n||Re.parseTrackName(e);this._targetGroup=t,this._bindings=t.subscribe_(e,s)}getValue(t,e){this.bind();let n=this._targetGroup.nCachedObjects_,s=this._bindings[n];s!==void 0&&s.getValue(t,e)}setValue(t,e){let n=this._bindings;for(let s=this._targetGroup.nCachedObjects_,r=n.length;s!==r;++s)n[s].setValue(t,e)}bind(){let t=this._bindings;for(let e=this._targetGroup.nCachedObjects_,n=t.length;e!==n;++e)t[e].bind()}unbind(){let t=this._bindings;for(let e=this._targetGroup.nCachedObjects_,n=t.length;e!==n;++e)t[e].unbind()}},Re=class i{constructor(t,e,n){this.path=e,this.parsedPath=n||i.parseTrackName(e),this.node=i.findNode(t,this.parsedPath.nodeName),this.rootNode=t,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(t,e,n){return t&&t.isAnimationObjectGroup?new i.Composite(t,e,n):new i(t,e,n)}static sanitizeNodeName(t){return t.replace(/\s/g,"_").replace(Iy,"")}static parseTrackName(t){let e=Fy.exec(t);if(e===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+t);let n={nodeName:e[2],objectName:e[3],objectIndex:e[4],propertyName:e[5],propertyIndex:e[6]},s=n.nodeName&&n.nodeName.lastIndexOf(".");if(s!==void 0&&s!==-1){let r=n.nodeName.substring(s+1);Oy.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,s),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+t);return n}static findNode(t,e){if(e===void 0||e===""||e==="."||e===-1||e===t.name||e===t.uuid)return t;if(t.skeleton){let n=t.skeleton.getBoneByName(e);if(n!==void 0)return n}if(t.children){let n=function(r){for(let o=0;o<r.length;o++){let a=r[o];if(a.name===e||a.uuid===e)return a;let l=n(a.children);if(l)return l}return null},s=n(t.children);if(s)return s}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(t,e){t[e]=this.targetObject[this.propertyName]}_getValue_array(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)t[e++]=n[s]}_getValue_arrayElement(t,e){t[e]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(t,e){this.resolvedProperty.toArray(t,e)}_setValue_direct(t,e){this.targetObject[this.propertyName]=t[e]}_setValue_direct_setNeedsUpdate(t,e){this.targetObject[this.propertyName]=t[e],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(t,e){this.targetObject[this.propertyName]=t[e],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=t[e++]}_setValue_array_setNeedsUpdate(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=t[e++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=t[e++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(t,e){this.resolvedProperty[this.propertyIndex]=t[e]}_setValue_arrayElement_setNeedsUpdate(t,e){this.resolvedProperty[this.propertyIndex]=t[e],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(t,e){this.resolvedProperty[this.propertyIndex]=t[e],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(t,e){this.resolvedProperty.fromArray(t,e)}_setValue_fromArray_setNeedsUpdate(t,e){this.resolvedProperty.fromArray(t,e),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(t,e){this.resolvedProperty.fromArray(t,e),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(t,e){this.bind(),this.getValue(t,e)}_setValue_unbound(t,e){this.bind(),this.setValue(t,e)}bind(){let t=this.node,e=this.parsedPath,n=e.objectName,s=e.propertyName,r=e.propertyIndex;if(t||(t=i.findNode(this.rootNode,e.nodeName),this.node=t),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!t){Gt("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let c=e.objectIndex;switch(n){case"materials":if(!t.material){Vt("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!t.material.materials){Vt("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}t=t.material.materials;break;case"bones":if(!t.skeleton){Vt("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}t=t.skeleton.bones;for(let h=0;h<t.length;h++)if(t[h].name===c){c=h;break}break;case"map":if("map"in t){t=t.map;break}if(!t.material){Vt("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!t.material.map){Vt("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}t=t.material.map;break;default:if(t[n]===void 0){Vt("PropertyBinding: Can not bind to objectName of node undefined.",this);return}t=t[n]}if(c!==void 0){if(t[c]===void 0){Vt("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,t);return}t=t[c]}}let o=t[s];if(o===void 0){let c=e.nodeName;Vt("PropertyBinding: Trying to update property for track: "+c+"."+s+" but it wasn't found.",t);return}let a=this.Versioning.None;this.targetObject=t,t.isMaterial===!0?a=this.Versioning.NeedsUpdate:t.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(r!==void 0){if(s==="morphTargetInfluences"){if(!t.geometry){Vt("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!t.geometry.morphAttributes){Vt("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}t.morphTargetDictionary[r]!==void 0&&(r=t.morphTargetDictionary[r])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=s;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};Re.Composite=Oh;Re.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};Re.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};Re.prototype.GetterByBindingType=[Re.prototype._getValue_direct,Re.prototype._getValue_array,Re.prototype._getValue_arrayElement,Re.prototype._getValue_toArray];Re.prototype.SetterByBindingTypeAndVersioning=[[Re.prototype._setValue_direct,Re.prototype._setValue_direct_setNeedsUpdate,Re.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[Re.prototype._setValue_array,Re.prototype._setValue_array_setNeedsUpdate,Re.prototype._setValue_array_setMatrixWorldNeedsUpdate],[Re.prototype._setValue_arrayElement,Re.prototype._setValue_arrayElement_setNeedsUpdate,Re.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[Re.prototype._setValue_fromArray,Re.prototype._setValue_fromArray_setNeedsUpdate,Re.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var KM=new Float32Array(1);var Bh=class{static{this.prototype.isMatrix2=!0}constructor(t,e,n,s){this.elements=[1,0,0,1],t!==void 0&&this.set(t,e,n,s)}identity(){return this.set(1,0,0,1),this}fromArray(t,e=0){for(let n=0;n<4;n++)this.elements[n]=t[n+e];return this}set(t,e,n,s){let r=this.elements;return r[0]=t,r[2]=e,r[1]=n,r[3]=s,this}};function xu(i,t,e,n){let s=By(n);switch(e){case su:return i*t;case ou:return i*t/s.components*s.byteLength;case al:return i*t/s.components*s.byteLength;case Zi:return i*t*2/s.components*s.byteLength;case ll:return i*t*2/s.components*s.byteLength;case ru:return i*t*3/s.components*s.byteLength;case $n:return i*t*4/s.components*s.byteLength;case cl:return i*t*4/s.components*s.byteLength;case io:case so:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*8;case ro:case oo:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*16;case ul:case dl:return Math.max(i,16)*Math.max(t,8)/4;case hl:case fl:return Math.max(i,8)*Math.max(t,8)/2;case pl:case ml:case xl:case yl:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*8;case gl:case ao:case _l:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*16;case vl:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*16;case wl:return Math.floor((i+4)/5)*Math.floor((t+3)/4)*16;case Sl:return Math.floor((i+4)/5)*Math.floor((t+4)/5)*16;case Ml:return Math.floor((i+5)/6)*Math.floor((t+4)/5)*16;case bl:return Math.floor((i+5)/6)*Math.floor((t+5)/6)*16;case El:return Math.floor((i+7)/8)*Math.floor((t+4)/5)*16;case Al:return Math.floor((i+7)/8)*Math.floor((t+5)/6)*16;case Tl:return Math.floor((i+7)/8)*Math.floor((t+7)/8)*16;case Rl:return Math.floor((i+9)/10)*Math.floor((t+4)/5)*16;case Cl:return Math.floor((i+9)/10)*Math.floor((t+5)/6)*16;case Il:return Math.floor((i+9)/10)*Math.floor((t+7)/8)*16;case Pl:return Math.floor((i+9)/10)*Math.floor((t+9)/10)*16;case Ll:return Math.floor((i+11)/12)*Math.floor((t+9)/10)*16;case Ul:return Math.floor((i+11)/12)*Math.floor((t+11)/12)*16;case Dl:case Nl:case Fl:return Math.ceil(i/4)*Math.ceil(t/4)*16;case Ol:case Bl:return Math.ceil(i/4)*Math.ceil(t/4)*8;case lo:case kl:return Math.ceil(i/4)*Math.ceil(t/4)*16}throw new Error(`Unable to determine texture byte length for ${e} format.`)}function By(i){switch(i){case pn:case tu:return{byteLength:1,components:1};case ur:case eu:case Xn:return{byteLength:2,components:1};case rl:case ol:return{byteLength:2,components:4};case Vn:case sl:case Wn:return{byteLength:4,components:1};case nu:case iu:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Gt("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function tm(){let i=null,t=!1,e=null,n=null;function s(r,o){n=i.requestAnimationFrame(s),e(r,o)}return{start:function(){t!==!0&&e!==null&&i!==null&&(n=i.requestAnimationFrame(s),t=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),t=!1},setAnimationLoop:function(r){e=r},setContext:function(r){i=r}}}function zy(i){let t=new WeakMap;function e(a,l){let c=a.array,h=a.usage,u=c.byteLength,f=i.createBuffer();i.bindBuffer(l,f),i.bufferData(l,c,h),a.onUploadCallback();let d;if(c instanceof Float32Array)d=i.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)d=i.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?d=i.HALF_FLOAT:d=i.UNSIGNED_SHORT;else if(c instanceof Int16Array)d=i.SHORT;else if(c instanceof Uint32Array)d=i.UNSIGNED_INT;else if(c instanceof Int32Array)d=i.INT;else if(c instanceof Int8Array)d=i.BYTE;else if(c instanceof Uint8Array)d=i.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)d=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:f,type:d,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:u}}function n(a,l,c){let h=l.array,u=l.updateRanges;if(i.bindBuffer(c,a),u.length===0)i.bufferSubData(c,0,h);else{u.sort((d,g)=>d.start-g.start);let f=0;for(let d=1;d<u.length;d++){let g=u[f],E=u[d];E.start<=g.start+g.count+1?g.count=Math.max(g.count,E.start+E.count-g.start):(++f,u[f]=E)}u.length=f+1;for(let d=0,g=u.length;d<g;d++){let E=u[d];i.bufferSubData(c,E.start*h.BYTES_PER_ELEMENT,h,E.start,E.count)}l.clearUpdateRanges()}l.onUploadCallback()}function s(a){return a.isInterleavedBufferAttribute&&(a=a.data),t.get(a)}function r(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=t.get(a);l&&(i.deleteBuffer(l.buffer),t.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let h=t.get(a);(!h||h.version<a.version)&&t.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=t.get(a);if(c===void 0)t.set(a,e(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(c.buffer,a,l),c.version=a.version}}return{get:s,remove:r,update:o}}var Gy=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,Hy=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,Vy=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Wy=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Xy=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,$y=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,qy=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,Yy=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,Zy=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,Jy=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,Ky=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,jy=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Qy=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,t_=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,e_=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,n_=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,i_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,s_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,r_=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,o_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,a_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,l_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,c_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,h_=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,u_=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,f_=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,d_=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,p_=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,m_=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,g_="gl_FragColor = linearToOutputTexel( gl_FragColor );",x_=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,y_=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,__=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,v_=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,w_=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,S_=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,M_=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,b_=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,E_=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,A_=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,T_=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,R_=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,C_=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,I_=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,P_=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,L_=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,U_=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,D_=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,N_=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,F_=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,O_=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,B_=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,k_=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,z_=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,G_=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,H_=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,V_=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,W_=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,X_=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,$_=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,q_=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,Y_=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,Z_=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,J_=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,K_=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,j_=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Q_=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,t1=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,e1=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,n1=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,i1=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,s1=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,r1=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,o1=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,a1=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,l1=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,c1=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,h1=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,u1=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,f1=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,d1=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,p1=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,m1=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,g1=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,x1=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,y1=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,_1=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,v1=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,w1=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,S1=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,M1=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,b1=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,E1=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,A1=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,T1=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,R1=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,C1=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,I1=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,P1=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,L1=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,U1=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,D1=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,N1=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,F1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,O1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,B1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,k1=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,z1=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,G1=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,H1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,V1=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,W1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,X1=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,$1=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,q1=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,Y1=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,Z1=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,J1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,K1=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,j1=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,Q1=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,tv=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,ev=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,nv=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,iv=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,sv=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,rv=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,ov=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,av=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,lv=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,cv=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,hv=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,uv=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,fv=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,dv=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,pv=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,mv=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,gv=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,xv=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,yv=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,_v=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,ne={alphahash_fragment:Gy,alphahash_pars_fragment:Hy,alphamap_fragment:Vy,alphamap_pars_fragment:Wy,alphatest_fragment:Xy,alphatest_pars_fragment:$y,aomap_fragment:qy,aomap_pars_fragment:Yy,batching_pars_vertex:Zy,batching_vertex:Jy,begin_vertex:Ky,beginnormal_vertex:jy,bsdfs:Qy,iridescence_fragment:t_,bumpmap_pars_fragment:e_,clipping_planes_fragment:n_,clipping_planes_pars_fragment:i_,clipping_planes_pars_vertex:s_,clipping_planes_vertex:r_,color_fragment:o_,color_pars_fragment:a_,color_pars_vertex:l_,color_vertex:c_,common:h_,defaultnormal_vertex:u_,displacementmap_pars_vertex:f_,displacementmap_vertex:d_,emissivemap_fragment:p_,emissivemap_pars_fragment:m_,colorspace_fragment:g_,colorspace_pars_fragment:x_,envmap_fragment:y_,envmap_common_pars_fragment:__,envmap_pars_fragment:v_,envmap_pars_vertex:w_,envmap_physical_pars_fragment:L_,envmap_vertex:S_,fog_vertex:M_,fog_pars_vertex:b_,fog_fragment:E_,fog_pars_fragment:A_,gradientmap_pars_fragment:T_,lightmap_pars_fragment:R_,lights_lambert_fragment:C_,lights_lambert_pars_fragment:I_,lights_pars_begin:P_,lights_toon_fragment:U_,lights_toon_pars_fragment:D_,lights_phong_fragment:N_,lights_phong_pars_fragment:F_,lights_physical_fragment:O_,lights_physical_pars_fragment:B_,lights_fragment_begin:k_,lights_fragment_maps:z_,lights_fragment_end:G_,lightprobes_pars_fragment:H_,logdepthbuf_fragment:V_,logdepthbuf_pars_fragment:W_,logdepthbuf_pars_vertex:X_,logdepthbuf_vertex:$_,map_fragment:q_,map_pars_fragment:Y_,map_particle_fragment:Z_,map_particle_pars_fragment:J_,metalnessmap_fragment:K_,metalnessmap_pars_fragment:j_,morphinstance_vertex:Q_,morphcolor_vertex:t1,morphnormal_vertex:e1,morphtarget_pars_vertex:n1,morphtarget_vertex:i1,normal_fragment_begin:s1,normal_fragment_maps:r1,normal_pars_fragment:o1,normal_pars_vertex:a1,normal_vertex:l1,normalmap_pars_fragment:c1,clearcoat_normal_fragment_begin:h1,clearcoat_normal_fragment_maps:u1,clearcoat_pars_fragment:f1,iridescence_pars_fragment:d1,opaque_fragment:p1,packing:m1,premultiplied_alpha_fragment:g1,project_vertex:x1,dithering_fragment:y1,dithering_pars_fragment:_1,roughnessmap_fragment:v1,roughnessmap_pars_fragment:w1,shadowmap_pars_fragment:S1,shadowmap_pars_vertex:M1,shadowmap_vertex:b1,shadowmask_pars_fragment:E1,skinbase_vertex:A1,skinning_pars_vertex:T1,skinning_vertex:R1,skinnormal_vertex:C1,specularmap_fragment:I1,specularmap_pars_fragment:P1,tonemapping_fragment:L1,tonemapping_pars_fragment:U1,transmission_fragment:D1,transmission_pars_fragment:N1,uv_pars_fragment:F1,uv_pars_vertex:O1,uv_vertex:B1,worldpos_vertex:k1,background_vert:z1,background_frag:G1,backgroundCube_vert:H1,backgroundCube_frag:V1,cube_vert:W1,cube_frag:X1,depth_vert:$1,depth_frag:q1,distance_vert:Y1,distance_frag:Z1,equirect_vert:J1,equirect_frag:K1,linedashed_vert:j1,linedashed_frag:Q1,meshbasic_vert:tv,meshbasic_frag:ev,meshlambert_vert:nv,meshlambert_frag:iv,meshmatcap_vert:sv,meshmatcap_frag:rv,meshnormal_vert:ov,meshnormal_frag:av,meshphong_vert:lv,meshphong_frag:cv,meshphysical_vert:hv,meshphysical_frag:uv,meshtoon_vert:fv,meshtoon_frag:dv,points_vert:pv,points_frag:mv,shadow_vert:gv,shadow_frag:xv,sprite_vert:yv,sprite_frag:_v},Et={common:{diffuse:{value:new Jt(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Xt},alphaMap:{value:null},alphaMapTransform:{value:new Xt},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Xt}},envmap:{envMap:{value:null},envMapRotation:{value:new Xt},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Xt}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Xt}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Xt},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Xt},normalScale:{value:new kt(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Xt},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Xt}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Xt}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Xt}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Jt(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Jt(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Xt},alphaTest:{value:0},uvTransform:{value:new Xt}},sprite:{diffuse:{value:new Jt(16777215)},opacity:{value:1},center:{value:new kt(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Xt},alphaMap:{value:null},alphaMapTransform:{value:new Xt},alphaTest:{value:0}}},ri={basic:{uniforms:on([Et.common,Et.specularmap,Et.envmap,Et.aomap,Et.lightmap,Et.fog]),vertexShader:ne.meshbasic_vert,fragmentShader:ne.meshbasic_frag},lambert:{uniforms:on([Et.common,Et.specularmap,Et.envmap,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)},envMapIntensity:{value:1}}]),vertexShader:ne.meshlambert_vert,fragmentShader:ne.meshlambert_frag},phong:{uniforms:on([Et.common,Et.specularmap,Et.envmap,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)},specular:{value:new Jt(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:ne.meshphong_vert,fragmentShader:ne.meshphong_frag},standard:{uniforms:on([Et.common,Et.envmap,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.roughnessmap,Et.metalnessmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:ne.meshphysical_vert,fragmentShader:ne.meshphysical_frag},toon:{uniforms:on([Et.common,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.gradientmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)}}]),vertexShader:ne.meshtoon_vert,fragmentShader:ne.meshtoon_frag},matcap:{uniforms:on([Et.common,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.fog,{matcap:{value:null}}]),vertexShader:ne.meshmatcap_vert,fragmentShader:ne.meshmatcap_frag},points:{uniforms:on([Et.points,Et.fog]),vertexShader:ne.points_vert,fragmentShader:ne.points_frag},dashed:{uniforms:on([Et.common,Et.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:ne.linedashed_vert,fragmentShader:ne.linedashed_frag},depth:{uniforms:on([Et.common,Et.displacementmap]),vertexShader:ne.depth_vert,fragmentShader:ne.depth_frag},normal:{uniforms:on([Et.common,Et.bumpmap,Et.normalmap,Et.displacementmap,{opacity:{value:1}}]),vertexShader:ne.meshnormal_vert,fragmentShader:ne.meshnormal_frag},sprite:{uniforms:on([Et.sprite,Et.fog]),vertexShader:ne.sprite_vert,fragmentShader:ne.sprite_frag},background:{uniforms:{uvTransform:{value:new Xt},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:ne.background_vert,fragmentShader:ne.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Xt}},vertexShader:ne.backgroundCube_vert,fragmentShader:ne.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:ne.cube_vert,fragmentShader:ne.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:ne.equirect_vert,fragmentShader:ne.equirect_frag},distance:{uniforms:on([Et.common,Et.displacementmap,{referencePosition:{value:new H},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:ne.distance_vert,fragmentShader:ne.distance_frag},shadow:{uniforms:on([Et.lights,Et.fog,{color:{value:new Jt(0)},opacity:{value:1}}]),vertexShader:ne.shadow_vert,fragmentShader:ne.shadow_frag}};ri.physical={uniforms:on([ri.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Xt},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Xt},clearcoatNormalScale:{value:new kt(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Xt},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Xt},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Xt},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Xt},sheen:{value:0},sheenColor:{value:new Jt(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Xt},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Xt},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Xt},transmissionSamplerSize:{value:new kt},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Xt},attenuationDistance:{value:0},attenuationColor:{value:new Jt(0)},specularColor:{value:new Jt(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Xt},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Xt},anisotropyVector:{value:new kt},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Xt}}]),vertexShader:ne.meshphysical_vert,fragmentShader:ne.meshphysical_frag};var Gl={r:0,b:0,g:0},vv=new Ce,em=new Xt;em.set(-1,0,0,0,1,0,0,0,1);function wv(i,t,e,n,s,r){let o=new Jt(0),a=s===!0?0:1,l,c,h=null,u=0,f=null;function d(M){let A=M.isScene===!0?M.background:null;if(A&&A.isTexture){let b=M.backgroundBlurriness>0;A=t.get(A,b)}return A}function g(M){let A=!1,b=d(M);b===null?x(o,a):b&&b.isColor&&(x(b,1),A=!0);let R=i.xr.getEnvironmentBlendMode();R==="additive"?e.buffers.color.setClear(0,0,0,1,r):R==="alpha-blend"&&e.buffers.color.setClear(0,0,0,0,r),(i.autoClear||A)&&(e.buffers.depth.setTest(!0),e.buffers.depth.setMask(!0),e.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function E(M,A){let b=d(A);b&&b.isCubeTexture?(c===void 0&&(c=new He(new Hi(1,1,1),new ei({name:"BackgroundCubeMaterial",uniforms:_s(ri.backgroundCube.uniforms),vertexShader:ri.backgroundCube.vertexShader,fragmentShader:ri.backgroundCube.fragmentShader,side:fn,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(R,_,y){this.matrixWorld.copyPosition(y.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(c)),c.material.uniforms.envMap.value=b,c.material.uniforms.backgroundBlurriness.value=A.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(vv.makeRotationFromEuler(A.backgroundRotation)).transpose(),b.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(em),c.material.toneMapped=ce.getTransfer(b.colorSpace)!==ye,(h!==b||u!==b.version||f!==i.toneMapping)&&(c.material.needsUpdate=!0,h=b,u=b.version,f=i.toneMapping),c.layers.enableAll(),M.unshift(c,c.geometry,c.material,0,0,null)):b&&b.isTexture&&(l===void 0&&(l=new He(new Ln(2,2),new ei({name:"BackgroundMaterial",uniforms:_s(ri.background.uniforms),vertexShader:ri.background.vertexShader,fragmentShader:ri.background.fragmentShader,side:Yi,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(l)),l.material.uniforms.t2D.value=b,l.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,l.material.toneMapped=ce.getTransfer(b.colorSpace)!==ye,b.matrixAutoUpdate===!0&&b.updateMatrix(),l.material.uniforms.uvTransform.value.copy(b.matrix),(h!==b||u!==b.version||f!==i.toneMapping)&&(l.material.needsUpdate=!0,h=b,u=b.version,f=i.toneMapping),l.layers.enableAll(),M.unshift(l,l.geometry,l.material,0,0,null))}function x(M,A){M.getRGB(Gl,pu(i)),e.buffers.color.setClear(Gl.r,Gl.g,Gl.b,A,r)}function p(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(M,A=1){o.set(M),a=A,x(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(M){a=M,x(o,a)},render:g,addToRenderList:E,dispose:p}}function Sv(i,t){let e=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},s=f(null),r=s,o=!1;function a(z,F,q,L,$){let J=!1,G=u(z,L,q,F);r!==G&&(r=G,c(r.object)),J=d(z,L,q,$),J&&g(z,L,q,$),$!==null&&t.update($,i.ELEMENT_ARRAY_BUFFER),(J||o)&&(o=!1,b(z,F,q,L),$!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,t.get($).buffer))}function l(){return i.createVertexArray()}function c(z){return i.bindVertexArray(z)}function h(z){return i.deleteVertexArray(z)}function u(z,F,q,L){let $=L.wireframe===!0,J=n[F.id];J===void 0&&(J={},n[F.id]=J);let G=z.isInstancedMesh===!0?z.id:0,ot=J[G];ot===void 0&&(ot={},J[G]=ot);let K=ot[q.id];K===void 0&&(K={},ot[q.id]=K);let it=K[$];return it===void 0&&(it=f(l()),K[$]=it),it}function f(z){let F=[],q=[],L=[];for(let $=0;$<e;$++)F[$]=0,q[$]=0,L[$]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:F,enabledAttributes:q,attributeDivisors:L,object:z,attributes:{},index:null}}function d(z,F,q,L){let $=r.attributes,J=F.attributes,G=0,ot=q.getAttributes();for(let K in ot)if(ot[K].location>=0){let rt=$[K],wt=J[K];if(wt===void 0&&(K==="instanceMatrix"&&z.instanceMatrix&&(wt=z.instanceMatrix),K==="instanceColor"&&z.instanceColor&&(wt=z.instanceColor)),rt===void 0||rt.attribute!==wt||wt&&rt.data!==wt.data)return!0;G++}return r.attributesNum!==G||r.index!==L}function g(z,F,q,L){let $={},J=F.attributes,G=0,ot=q.getAttributes();for(let K in ot)if(ot[K].location>=0){let rt=J[K];rt===void 0&&(K==="instanceMatrix"&&z.instanceMatrix&&(rt=z.instanceMatrix),K==="instanceColor"&&z.instanceColor&&(rt=z.instanceColor));let wt={};wt.attribute=rt,rt&&rt.data&&(wt.data=rt.data),$[K]=wt,G++}r.attributes=$,r.attributesNum=G,r.index=L}function E(){let z=r.newAttributes;for(let F=0,q=z.length;F<q;F++)z[F]=0}function x(z){p(z,0)}function p(z,F){let q=r.newAttributes,L=r.enabledAttributes,$=r.attributeDivisors;q[z]=1,L[z]===0&&(i.enableVertexAttribArray(z),L[z]=1),$[z]!==F&&(i.vertexAttribDivisor(z,F),$[z]=F)}function M(){let z=r.newAttributes,F=r.enabledAttributes;for(let q=0,L=F.length;q<L;q++)F[q]!==z[q]&&(i.disableVertexAttribArray(q),F[q]=0)}function A(z,F,q,L,$,J,G){G===!0?i.vertexAttribIPointer(z,F,q,$,J):i.vertexAttribPointer(z,F,q,L,$,J)}function b(z,F,q,L){E();let $=L.attributes,J=q.getAttributes(),G=F.defaultAttributeValues;for(let ot in J){let K=J[ot];if(K.location>=0){let it=$[ot];if(it===void 0&&(ot==="instanceMatrix"&&z.instanceMatrix&&(it=z.instanceMatrix),ot==="instanceColor"&&z.instanceColor&&(it=z.instanceColor)),it!==void 0){let rt=it.normalized,wt=it.itemSize,Pt=t.get(it);if(Pt===void 0)continue;let Q=Pt.buffer,St=Pt.type,At=Pt.bytesPerElement,Ut=St===i.INT||St===i.UNSIGNED_INT||it.gpuType===sl;if(it.isInterleavedBufferAttribute){let dt=it.data,Ot=dt.isInterleavedBuffer===!0?dt.stride:dt.itemSize,fe=it.offset;if(dt.isInstancedInterleavedBuffer||dt.isInstancedBufferAttribute){for(let lt=0;lt<K.locationSize;lt++)p(K.location+lt,dt.meshPerAttribute);z.isInstancedMesh!==!0&&L._maxInstanceCount===void 0&&(L._maxInstanceCount=dt.meshPerAttribute*dt.count)}else for(let lt=0;lt<K.locationSize;lt++)x(K.location+lt);i.bindBuffer(i.ARRAY_BUFFER,Q);for(let lt=0;lt<K.locationSize;lt++)A(K.location+lt,wt/K.locationSize,St,rt,Ot*At,(fe+wt/K.locationSize*lt)*At,Ut)}else{if(it.isInstancedBufferAttribute){for(let dt=0;dt<K.locationSize;dt++)p(K.location+dt,it.meshPerAttribute);z.isInstancedMesh!==!0&&L._maxInstanceCount===void 0&&(L._maxInstanceCount=it.meshPerAttribute*it.count)}else for(let dt=0;dt<K.locationSize;dt++)x(K.location+dt);i.bindBuffer(i.ARRAY_BUFFER,Q);for(let dt=0;dt<K.locationSize;dt++)A(K.location+dt,wt/K.locationSize,St,rt,wt*At,wt/K.locationSize*dt*At,Ut)}}else if(G!==void 0){let rt=G[ot];if(rt!==void 0)switch(rt.length){case 2:i.vertexAttrib2fv(K.location,rt);break;case 3:i.vertexAttrib3fv(K.location,rt);break;case 4:i.vertexAttrib4fv(K.location,rt);break;default:i.vertexAttrib1fv(K.location,rt)}}}}M()}function R(){k();for(let z in n){let F=n[z];for(let q in F){let L=F[q];for(let $ in L){let J=L[$];for(let G in J)h(J[G].object),delete J[G];delete L[$]}}delete n[z]}}function _(z){if(n[z.id]===void 0)return;let F=n[z.id];for(let q in F){let L=F[q];for(let $ in L){let J=L[$];for(let G in J)h(J[G].object),delete J[G];delete L[$]}}delete n[z.id]}function y(z){for(let F in n){let q=n[F];for(let L in q){let $=q[L];if($[z.id]===void 0)continue;let J=$[z.id];for(let G in J)h(J[G].object),delete J[G];delete $[z.id]}}}function T(z){for(let F in n){let q=n[F],L=z.isInstancedMesh===!0?z.id:0,$=q[L];if($!==void 0){for(let J in $){let G=$[J];for(let ot in G)h(G[ot].object),delete G[ot];delete $[J]}delete q[L],Object.keys(q).length===0&&delete n[F]}}}function k(){D(),o=!0,r!==s&&(r=s,c(r.object))}function D(){s.geometry=null,s.program=null,s.wireframe=!1}return{setup:a,reset:k,resetDefaultState:D,dispose:R,releaseStatesOfGeometry:_,releaseStatesOfObject:T,releaseStatesOfProgram:y,initAttributes:E,enableAttribute:x,disableUnusedAttributes:M}}function Mv(i,t,e){let n;function s(l){n=l}function r(l,c){i.drawArrays(n,l,c),e.update(c,n,1)}function o(l,c,h){h!==0&&(i.drawArraysInstanced(n,l,c,h),e.update(c,n,h))}function a(l,c,h){if(h===0)return;t.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,l,0,c,0,h);let f=0;for(let d=0;d<h;d++)f+=c[d];e.update(f,n,1)}this.setMode=s,this.render=r,this.renderInstances=o,this.renderMultiDraw=a}function bv(i,t,e,n){let s;function r(){if(s!==void 0)return s;if(t.has("EXT_texture_filter_anisotropic")===!0){let y=t.get("EXT_texture_filter_anisotropic");s=i.getParameter(y.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else s=0;return s}function o(y){return!(y!==$n&&n.convert(y)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(y){let T=y===Xn&&(t.has("EXT_color_buffer_half_float")||t.has("EXT_color_buffer_float"));return!(y!==pn&&y!==Wn&&!T&&n.convert(y)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function l(y){if(y==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";y="mediump"}return y==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=e.precision!==void 0?e.precision:"highp",h=l(c);h!==c&&(Gt("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let u=e.reversedDepthBuffer===!0&&t.has("EXT_clip_control"),f=e.logarithmicDepthBuffer===!0&&u===!1;e.reversedDepthBuffer===!0&&u===!1&&Gt("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),e.logarithmicDepthBuffer===!0&&u===!0&&Gt("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let d=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),g=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),E=i.getParameter(i.MAX_TEXTURE_SIZE),x=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),p=i.getParameter(i.MAX_VERTEX_ATTRIBS),M=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),A=i.getParameter(i.MAX_VARYING_VECTORS),b=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),R=i.getParameter(i.MAX_SAMPLES),_=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:f,reversedDepthBuffer:u,maxTextures:d,maxVertexTextures:g,maxTextureSize:E,maxCubemapSize:x,maxAttributes:p,maxVertexUniforms:M,maxVaryings:A,maxFragmentUniforms:b,maxSamples:R,samples:_}}function Ev(i){let t=this,e=null,n=0,s=!1,r=!1,o=new Hn,a=new Xt,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(u,f){let d=u.length!==0||f||n!==0||s;return s=f,n=u.length,d},this.beginShadows=function(){r=!0,h(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(u,f){e=h(u,f,0)},this.setState=function(u,f,d){let g=u.clippingPlanes,E=u.clipIntersection,x=u.clipShadows,p=i.get(u);if(!s||g===null||g.length===0||r&&!x)r?h(null):c();else{let M=r?0:n,A=M*4,b=p.clippingState||null;l.value=b,b=h(g,f,A,d);for(let R=0;R!==A;++R)b[R]=e[R];p.clippingState=b,this.numIntersection=E?this.numPlanes:0,this.numPlanes+=M}};function c(){l.value!==e&&(l.value=e,l.needsUpdate=n>0),t.numPlanes=n,t.numIntersection=0}function h(u,f,d,g){let E=u!==null?u.length:0,x=null;if(E!==0){if(x=l.value,g!==!0||x===null){let p=d+E*4,M=f.matrixWorldInverse;a.getNormalMatrix(M),(x===null||x.length<p)&&(x=new Float32Array(p));for(let A=0,b=d;A!==E;++A,b+=4)o.copy(u[A]).applyMatrix4(M,a),o.normal.toArray(x,b),x[b+3]=o.constant}l.value=x,l.needsUpdate=!0}return t.numPlanes=E,t.numIntersection=0,x}}var fo=class extends Sn{constructor(t=1,e={}){super(t,t,e),this.isWebGLCubeRenderTarget=!0;let n={width:t,height:t,depth:1},s=[n,n,n,n,n,n];this.texture=new $r(s),this._setTextureOptions(e),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(t,e){this.texture.type=e.type,this.texture.colorSpace=e.colorSpace,this.texture.generateMipmaps=e.generateMipmaps,this.texture.minFilter=e.minFilter,this.texture.magFilter=e.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},s=new Hi(5,5,5),r=new ei({name:"CubemapFromEquirect",uniforms:_s(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:fn,blending:ms});r.uniforms.tEquirect.value=e;let o=new He(s,r),a=e.minFilter;return e.minFilter===bi&&(e.minFilter=hn),new ar(1,10,this).update(t,o),e.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(t,e=!0,n=!0,s=!0){let r=t.getRenderTarget();for(let o=0;o<6;o++)t.setRenderTarget(this,o),t.clear(e,n,s);t.setRenderTarget(r)}},Up=256,Av=3,Tv=20,nm=256,im=16,Rv=3,Cv=new H,Iv=new Jt,Vl=class i{constructor(t){this._renderer=t,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new ar(1,10,null),this._boxMesh=new He(new Hi(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(t,e=0,n=.1,s=100,r={}){let{size:o=256,position:a=Cv}=r,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),h=this._getSourceTarget(!0);e>0&&(h.texture.mipmapsAutoUpdate=!1);let u=l.autoClear,f=l.autoClearColor,d=l.autoClearDepth,g=l.autoClearStencil,E=t.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,E===null&&(t.background=l.getClearColor(Iv));let x=new ar(n,s,h);return x.position.copy(a),x.update(l,t),l.autoClear=u,l.autoClearColor=f,l.autoClearDepth=d,l.autoClearStencil=g,t.background=E,e>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,e)),this._applyPMREM(c),c}fromEquirectangular(t,e=null){return this._fromTexture(t,e)}fromCubemap(t,e=null){return this._fromTexture(t,e)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Fp(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Np(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(t,e){return e>0?1-Math.sqrt(1-t/e):0}_setSize(t){this._cubeSize=Math.max(Up,Rp(t))}_fromTexture(t,e){t.mapping===xs||t.mapping===hr?this._setSize(t.image.length===0?Up:t.image[0].width||t.image[0].image.width):this._setSize(t.image.width/4);let n=e||this._allocateTarget();return this._textureToCubemap(t),this._applyPMREM(n),n}_allocateTarget(){let t=this._cubeSize,e=Dp(t,!1,!1),n=Math.log2(t)-Av;for(let s=0;s<=n;s++)e.texture.mipmaps.push({width:t>>s,height:t>>s});return e.texture.name="PMREM",e.texture.isPMREMTexture=!0,e}_getSourceTarget(t=!1){let e=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==e||t&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Dp(e,!0,t)),this._sourceTarget}_compileMaterial(t){this._boxMesh.material=t,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(t,e,n){let s=this._boxMesh,r=this._cubeCamera;s.material=n,r.renderTarget=t,r.activeMipmapLevel=e;let o=t.width>>e;t.viewport.set(0,0,o,o),r.update(this._renderer,s),t.viewport.set(0,0,t.width,t.height)}_textureToCubemap(t){let e;t.mapping===xs||t.mapping===hr?(this._cubemapMaterial===null&&(this._cubemapMaterial=Fp()),e=this._cubemapMaterial,e.uniforms.flipEnvMap.value=t.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Np()),e=this._equirectMaterial),e.uniforms.envMap.value=t,this._renderCube(this._getSourceTarget(),0,e)}_applyPMREM(t){this._ggxMaterial===null&&(this._ggxMaterial=Pv(),this._integrationMaterial=Lv());let e=this._cubeSize,n=t.texture.mipmaps.length-1,s=this._ggxMaterial.uniforms;s.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(e/im);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-Rv)r.roughness.value=a,this._renderCube(t,o,this._integrationMaterial);else{let l=a>0?Math.log2(e)+.5*Math.log2(6/(nm*Math.pow(a,4)))+.5:0;s.roughness.value=a,s.lodBias.value=l,this._renderCube(t,o,this._ggxMaterial)}}}_blur(t,e){this._blurMaterial===null&&(this._blurMaterial=Uv());let n=this._blurMaterial,s=n.uniforms,r=this._sourceTarget;s.sigma.value=Math.min(e,Math.PI)/Math.SQRT2,s.envMap.value=r.texture,this._renderCube(t,0,n),s.envMap.value=t.texture,this._renderCube(r,0,n)}};function Dp(i,t,e){return new fo(i,{minFilter:bi,generateMipmaps:t,type:Xn,colorSpace:kr,depthBuffer:e})}function po(i,t,e){return new ei({name:i,uniforms:t,vertexShader:ne.cube_vert,fragmentShader:e,side:fn,blending:ms,depthTest:!1,depthWrite:!1})}function Pv(){return po("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${nm}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Lv(){return po("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:im}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Uv(){return po("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${Tv}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function Np(){return po("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function Fp(){return po("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function Dv(i){let t=new WeakMap,e=new WeakMap,n=null;function s(f,d=!1){return f==null?null:d?o(f):r(f)}function r(f){if(f&&f.isTexture){let d=f.mapping;if(d===el||d===nl)if(t.has(f)){let g=t.get(f).texture;return a(g,f.mapping)}else{let g=f.image;if(g&&g.height>0){let E=new fo(g.height);return E.fromEquirectangularTexture(i,f),t.set(f,E),f.addEventListener("dispose",c),a(E.texture,f.mapping)}else return null}}return f}function o(f){if(f&&f.isTexture&&f.isPMREMTexture!==!0){let d=f.mapping,g=d===el||d===nl,E=d===xs||d===hr;if(g||E){let x=e.get(f),p=x!==void 0?x.texture.pmremVersion:0;if(f.isRenderTargetTexture&&f.pmremVersion!==p)return n===null&&(n=new Vl(i)),x=g?n.fromEquirectangular(f,x):n.fromCubemap(f,x),x.texture.pmremVersion=f.pmremVersion,e.set(f,x),x.texture;if(x!==void 0)return x.texture;{let M=f.image;return g&&M&&M.height>0||E&&M&&l(M)?(n===null&&(n=new Vl(i)),x=g?n.fromEquirectangular(f):n.fromCubemap(f),x.texture.pmremVersion=f.pmremVersion,e.set(f,x),f.addEventListener("dispose",h),x.texture):null}}}return f}function a(f,d){return d===el?f.mapping=xs:d===nl&&(f.mapping=hr),f}function l(f){let d=0,g=6;for(let E=0;E<g;E++)f[E]!==void 0&&d++;return d===g}function c(f){let d=f.target;d.removeEventListener("dispose",c);let g=t.get(d);g!==void 0&&(t.delete(d),g.dispose())}function h(f){let d=f.target;d.removeEventListener("dispose",h);let g=e.get(d);g!==void 0&&(e.delete(d),g.dispose())}function u(){t=new WeakMap,e=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:s,dispose:u}}function Nv(i){let t={};function e(n){if(t[n]!==void 0)return t[n];let s=i.getExtension(n);return t[n]=s,s}return{has:function(n){return e(n)!==null},init:function(){e("EXT_color_buffer_float"),e("WEBGL_clip_cull_distance"),e("OES_texture_float_linear"),e("EXT_color_buffer_half_float"),e("WEBGL_multisampled_render_to_texture"),e("WEBGL_render_shared_exponent")},get:function(n){let s=e(n);return s===null&&Nr("WebGLRenderer: "+n+" extension not supported."),s}}}function Fv(i,t,e,n){let s={},r=new WeakMap,o=new FinalizationRegistry(g=>delete s[g]);function a(g){l(g.target)}function l(g){g.index!==null&&t.remove(g.index);for(let x in g.attributes)t.remove(g.attributes[x]);g.removeEventListener("dispose",a),delete s[g.id],o.unregister(g);let E=r.get(g);E&&(t.remove(E),r.delete(g)),n.releaseStatesOfGeometry(g),g.isInstancedBufferGeometry===!0&&delete g._maxInstanceCount,e.memory.geometries--}function c(g,E){return s[E.id]!==void 0||(E.addEventListener("dispose",a),s[E.id]=new WeakRef(E),o.register(E,E.id,E),e.memory.geometries++),E}function h(g){let E=g.attributes;for(let x in E)t.update(E[x],i.ARRAY_BUFFER)}function u(g){let E=g.index,x=g.attributes.position,p=0;if(x===void 0)return;let M=E!==null?E.array.length:x.array.length/3-1,A=x.count>=65535?Xr:Wr,b=new A(Math.ceil(M/3)*6,1),R=b.array;if(E!==null){let y=E.array;p=E.version;for(let T=0,k=0;T<M;T+=3){let D=y[T+0],z=y[T+1],F=y[T+2];R[k++]=D,R[k++]=z,R[k++]=z,R[k++]=F,R[k++]=F,R[k++]=D}}else{p=x.version;for(let y=0,T=0;y<M;y+=3){let k=y+0,D=y+1,z=y+2;R[T++]=k,R[T++]=D,R[T++]=D,R[T++]=z,R[T++]=z,R[T++]=k}}b.version=p;let _=r.get(g);_&&t.remove(_),r.set(g,b)}function f(g){let E=r.get(g);if(E){let x=g.index;x!==null&&E.version<x.version&&u(g)}else u(g);return r.get(g)}function d(){for(let g in s){let E=s[g].deref();E!==void 0&&l(E)}}return{get:c,update:h,getWireframeAttribute:f,dispose:d}}function Ov(i,t,e){let n;function s(u){n=u}let r,o;function a(u){r=u.type,o=u.bytesPerElement}function l(u,f){i.drawElements(n,f,r,u*o),e.update(f,n,1)}function c(u,f,d){d!==0&&(i.drawElementsInstanced(n,f,r,u*o,d),e.update(f,n,d))}function h(u,f,d){if(d===0)return;t.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,f,0,r,u,0,d);let E=0;for(let x=0;x<d;x++)E+=f[x];e.update(E,n,1)}this.setMode=s,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function Bv(i){let t={geometries:0,textures:0},e={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,o,a){switch(e.calls++,o){case i.TRIANGLES:e.triangles+=a*(r/3);break;case i.LINES:e.lines+=a*(r/2);break;case i.LINE_STRIP:e.lines+=a*(r-1);break;case i.LINE_LOOP:e.lines+=a*r;break;case i.POINTS:e.points+=a*r;break;default:Vt("WebGLInfo: Unknown draw mode:",o);break}}function s(){e.calls=0,e.triangles=0,e.points=0,e.lines=0}return{memory:t,render:e,programs:null,autoReset:!0,reset:s,update:n}}function kv(i,t,e){let n=new WeakMap,s=new Ie;function r(o,a,l){let c=o.morphTargetInfluences,h=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,u=h!==void 0?h.length:0,f=n.get(a);if(f===void 0||f.count!==u){let k=function(){y.dispose(),n.delete(a),a.removeEventListener("dispose",k)};f!==void 0&&f.texture.dispose();let d=a.morphAttributes.position!==void 0,g=a.morphAttributes.normal!==void 0,E=a.morphAttributes.color!==void 0,x=a.morphAttributes.position||[],p=a.morphAttributes.normal||[],M=a.morphAttributes.color||[],A=0;d===!0&&(A=1),g===!0&&(A=2),E===!0&&(A=3);let b=a.attributes.position.count*A,R=1;b>t.maxTextureSize&&(R=Math.ceil(b/t.maxTextureSize),b=t.maxTextureSize);let _=new Float32Array(b*R*4*u),y=new Hr(_,b,R,u);y.type=Wn,y.needsUpdate=!0;let T=A*4;for(let D=0;D<u;D++){let z=x[D],F=p[D],q=M[D],L=b*R*4*D;for(let $=0;$<z.count;$++){let J=$*T;d===!0&&(s.fromBufferAttribute(z,$),_[L+J+0]=s.x,_[L+J+1]=s.y,_[L+J+2]=s.z,_[L+J+3]=0),g===!0&&(s.fromBufferAttribute(F,$),_[L+J+4]=s.x,_[L+J+5]=s.y,_[L+J+6]=s.z,_[L+J+7]=0),E===!0&&(s.fromBufferAttribute(q,$),_[L+J+8]=s.x,_[L+J+9]=s.y,_[L+J+10]=s.z,_[L+J+11]=q.itemSize===4?s.w:1)}}f={count:u,texture:y,size:new kt(b,R)},n.set(a,f),a.addEventListener("dispose",k)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(i,"morphTexture",o.morphTexture,e);else{let d=0;for(let E=0;E<c.length;E++)d+=c[E];let g=a.morphTargetsRelative?1:1-d;l.getUniforms().setValue(i,"morphTargetBaseInfluence",g),l.getUniforms().setValue(i,"morphTargetInfluences",c)}l.getUniforms().setValue(i,"morphTargetsTexture",f.texture,e),l.getUniforms().setValue(i,"morphTargetsTextureSize",f.size)}return{update:r}}function zv(i,t,e,n,s){let r=new WeakMap;function o(c){let h=s.render.frame,u=c.geometry,f=t.get(c,u);if(r.get(f)!==h&&(t.update(f),r.set(f,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),r.get(c)!==h&&(e.update(c.instanceMatrix,i.ARRAY_BUFFER),c.instanceColor!==null&&e.update(c.instanceColor,i.ARRAY_BUFFER),r.set(c,h))),c.isSkinnedMesh){let d=c.skeleton;r.get(d)!==h&&(d.update(),r.set(d,h))}return f}function a(){r=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),n.releaseStatesOfObject(h),e.remove(h.instanceMatrix),h.instanceColor!==null&&e.remove(h.instanceColor)}return{update:o,dispose:a}}var Gv={[$h]:"LINEAR_TONE_MAPPING",[qh]:"REINHARD_TONE_MAPPING",[Yh]:"CINEON_TONE_MAPPING",[Zh]:"ACES_FILMIC_TONE_MAPPING",[Kh]:"AGX_TONE_MAPPING",[jh]:"NEUTRAL_TONE_MAPPING",[Jh]:"CUSTOM_TONE_MAPPING"};function Hv(i,t,e,n,s,r){let o=new Sn(t,e,{type:i,depthBuffer:s,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,h=new Mn;h.setAttribute("position",new ke([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new ke([0,2,0,0,2,0],2));let u=new za({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),f=new He(h,u),d=new ps(-1,1,1,-1,0,1),g=null,E=null,x=!1,p,M=null,A=[],b=!1;this.setSize=function(R,_){o.setSize(R,_),a!==null&&a.setSize(R,_),l!==null&&l.setSize(R,_);for(let y=0;y<A.length;y++){let T=A[y];T.setSize&&T.setSize(R,_)}},this.setEffects=function(R){A=R,b=A.length>0&&A[0].isRenderPass===!0;let _=o.width,y=o.height;A.length>0&&a===null&&(a=new Sn(_,y,{type:Xn,depthBuffer:!1,stencilBuffer:!1}),l=new Sn(_,y,{type:Xn,depthBuffer:!1,stencilBuffer:!1}));let T=s===!0&&A.some(k=>k.needsDepthTexture===!0);T!==(o.depthTexture!==null)&&(T===!0&&c===null&&(c=new Mi(_,y),r===!0&&(c.format=Ei,c.type=ys)),o.dispose(),o.depthTexture=T?c:null,o.resolveDepthBuffer=T,o.storeMultisampledDepthBuffer=T);for(let k=0;k<A.length;k++){let D=A[k];D.setSize&&D.setSize(_,y),T&&D.needsDepthTexture===!0&&D.setDepthTexture&&D.setDepthTexture(c)}},this.begin=function(R,_){if(x||R.toneMapping===ii&&A.length===0)return!1;if(M=_,_!==null){let y=_.width,T=_.height;(o.width!==y||o.height!==T)&&this.setSize(y,T)}return b===!1&&R.setRenderTarget(o),p=R.toneMapping,R.toneMapping=ii,!0},this.hasRenderPass=function(){return b},this.end=function(R,_){R.toneMapping=p,x=!0;let y=o,T=a;for(let k=0;k<A.length;k++){let D=A[k];D.enabled!==!1&&(D.render(R,T,y,_),D.needsSwap!==!1&&(y=T,T=T===a?l:a))}if(g!==R.outputColorSpace||E!==R.toneMapping){g=R.outputColorSpace,E=R.toneMapping,u.defines={},ce.getTransfer(g)===ye&&(u.defines.SRGB_TRANSFER="");let k=Gv[E];k&&(u.defines[k]=""),u.needsUpdate=!0}u.uniforms.tDiffuse.value=y.texture,R.setRenderTarget(M),R.render(f,d),M=null,x=!1},this.isCompositing=function(){return x},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),h.dispose(),u.dispose()}}var sm=new un,rm=new Mi(1,1),om=new qr(1),am=new Hr,lm=new Ca,cm=new $r,Op=[],Bp=[],kp=new Float32Array(16),zp=new Float32Array(9),Gp=new Float32Array(4);function dr(i,t,e){let n=i[0];if(n<=0||n>0)return i;let s=t*e,r=Op[s];if(r===void 0&&(r=new Float32Array(s),Op[s]=r),t!==0){n.toArray(r,0);for(let o=1,a=0;o!==t;++o)a+=e,i[o].toArray(r,a)}return r}function Ve(i,t){if(i.length!==t.length)return!1;for(let e=0,n=i.length;e<n;e++)if(i[e]!==t[e])return!1;return!0}function We(i,t){for(let e=0,n=t.length;e<n;e++)i[e]=t[e]}function Wl(i,t){let e=Bp[t];e===void 0&&(e=new Int32Array(t),Bp[t]=e);for(let n=0;n!==t;++n)e[n]=i.allocateTextureUnit();return e}function Vv(i,t){let e=this.cache;e[0]!==t&&(i.uniform1f(this.addr,t),e[0]=t)}function Wv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(i.uniform2f(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ve(e,t))return;i.uniform2fv(this.addr,t),We(e,t)}}function Xv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(i.uniform3f(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else if(t.r!==void 0)(e[0]!==t.r||e[1]!==t.g||e[2]!==t.b)&&(i.uniform3f(this.addr,t.r,t.g,t.b),e[0]=t.r,e[1]=t.g,e[2]=t.b);else{if(Ve(e,t))return;i.uniform3fv(this.addr,t),We(e,t)}}function $v(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(i.uniform4f(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ve(e,t))return;i.uniform4fv(this.addr,t),We(e,t)}}function qv(i,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ve(e,t))return;i.uniformMatrix2fv(this.addr,!1,t),We(e,t)}else{if(Ve(e,n))return;Gp.set(n),i.uniformMatrix2fv(this.addr,!1,Gp),We(e,n)}}function Yv(i,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ve(e,t))return;i.uniformMatrix3fv(this.addr,!1,t),We(e,t)}else{if(Ve(e,n))return;zp.set(n),i.uniformMatrix3fv(this.addr,!1,zp),We(e,n)}}function Zv(i,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ve(e,t))return;i.uniformMatrix4fv(this.addr,!1,t),We(e,t)}else{if(Ve(e,n))return;kp.set(n),i.uniformMatrix4fv(this.addr,!1,kp),We(e,n)}}function Jv(i,t){let e=this.cache;e[0]!==t&&(i.uniform1i(this.addr,t),e[0]=t)}function Kv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(i.uniform2i(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ve(e,t))return;i.uniform2iv(this.addr,t),We(e,t)}}function jv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(i.uniform3i(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else{if(Ve(e,t))return;i.uniform3iv(this.addr,t),We(e,t)}}function Qv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(i.uniform4i(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ve(e,t))return;i.uniform4iv(this.addr,t),We(e,t)}}function tw(i,t){let e=this.cache;e[0]!==t&&(i.uniform1ui(this.addr,t),e[0]=t)}function ew(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(i.uniform2ui(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ve(e,t))return;i.uniform2uiv(this.addr,t),We(e,t)}}function nw(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(i.uniform3ui(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else{if(Ve(e,t))return;i.uniform3uiv(this.addr,t),We(e,t)}}function iw(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(i.uniform4ui(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ve(e,t))return;i.uniform4uiv(this.addr,t),We(e,t)}}function Xl(i){return i.version===0&&(i.compareFunction=cu,i.needsUpdate=!0),i}function sw(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_2D_SHADOW?r=Xl(rm):r=sm,e.setTexture2D(t||r,s)}function rw(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),e.setTexture3D(t||lm,s)}function ow(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_CUBE_SHADOW?r=Xl(om):r=cm,e.setTextureCube(t||r,s)}function aw(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),e.setTexture2DArray(t||am,s)}function lw(i){switch(i){case 5126:return Vv;case 35664:return Wv;case 35665:return Xv;case 35666:return $v;case 35674:return qv;case 35675:return Yv;case 35676:return Zv;case 5124:case 35670:return Jv;case 35667:case 35671:return Kv;case 35668:case 35672:return jv;case 35669:case 35673:return Qv;case 5125:return tw;case 36294:return ew;case 36295:return nw;case 36296:return iw;case 35678:case 36198:case 36298:case 36306:case 35682:return sw;case 35679:case 36299:case 36307:return rw;case 35680:case 36300:case 36308:case 36293:return ow;case 36289:case 36303:case 36311:case 36292:return aw}}function cw(i,t){i.uniform1fv(this.addr,t)}function hw(i,t){let e=dr(t,this.size,2);i.uniform2fv(this.addr,e)}function uw(i,t){let e=dr(t,this.size,3);i.uniform3fv(this.addr,e)}function fw(i,t){let e=dr(t,this.size,4);i.uniform4fv(this.addr,e)}function dw(i,t){let e=dr(t,this.size,4);i.uniformMatrix2fv(this.addr,!1,e)}function pw(i,t){let e=dr(t,this.size,9);i.uniformMatrix3fv(this.addr,!1,e)}function mw(i,t){let e=dr(t,this.size,16);i.uniformMatrix4fv(this.addr,!1,e)}function gw(i,t){i.uniform1iv(this.addr,t)}function xw(i,t){i.uniform2iv(this.addr,t)}function yw(i,t){i.uniform3iv(this.addr,t)}function _w(i,t){i.uniform4iv(this.addr,t)}function vw(i,t){i.uniform1uiv(this.addr,t)}function ww(i,t){i.uniform2uiv(this.addr,t)}function Sw(i,t){i.uniform3uiv(this.addr,t)}function Mw(i,t){i.uniform4uiv(this.addr,t)}function bw(i,t,e){let n=this.cache,s=t.length,r=Wl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),We(n,r));let o;this.type===i.SAMPLER_2D_SHADOW?o=Xl(rm):o=sm;for(let a=0;a!==s;++a)e.setTexture2D(t[a]||o,r[a])}function Ew(i,t,e){let n=this.cache,s=t.length,r=Wl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),We(n,r));for(let o=0;o!==s;++o)e.setTexture3D(t[o]||lm,r[o])}function Aw(i,t,e){let n=this.cache,s=t.length,r=Wl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),We(n,r));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=Xl(om):o=cm;for(let a=0;a!==s;++a)e.setTextureCube(t[a]||o,r[a])}function Tw(i,t,e){let n=this.cache,s=t.length,r=Wl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),We(n,r));for(let o=0;o!==s;++o)e.setTexture2DArray(t[o]||am,r[o])}function Rw(i){switch(i){case 5126:return cw;case 35664:return hw;case 35665:return uw;case 35666:return fw;case 35674:return dw;case 35675:return pw;case 35676:return mw;case 5124:case 35670:return gw;case 35667:case 35671:return xw;case 35668:case 35672:return yw;case 35669:case 35673:return _w;case 5125:return vw;case 36294:return ww;case 36295:return Sw;case 36296:return Mw;case 35678:case 36198:case 36298:case 36306:case 35682:return bw;case 35679:case 36299:case 36307:return Ew;case 35680:case 36300:case 36308:case 36293:return Aw;case 36289:case 36303:case 36311:case 36292:return Tw}}var vu=class{constructor(t,e,n){this.id=t,this.addr=n,this.cache=[],this.type=e.type,this.setValue=lw(e.type)}},wu=class{constructor(t,e,n){this.id=t,this.addr=n,this.cache=[],this.type=e.type,this.size=e.size,this.setValue=Rw(e.type)}},Su=class{constructor(t){this.id=t,this.seq=[],this.map={}}setValue(t,e,n){let s=this.seq;for(let r=0,o=s.length;r!==o;++r){let a=s[r];a.setValue(t,e[a.id],n)}}},yu=/(\w+)(\])?(\[|\.)?/g;function Hp(i,t){i.seq.push(t),i.map[t.id]=t}function Cw(i,t,e){let n=i.name,s=n.length;for(yu.lastIndex=0;;){let r=yu.exec(n),o=yu.lastIndex,a=r[1],l=r[2]==="]",c=r[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===s){Hp(e,c===void 0?new vu(a,i,t):new wu(a,i,t));break}else{let u=e.map[a];u===void 0&&(u=new Su(a),Hp(e,u)),e=u}}}var fr=class{constructor(t,e){this.seq=[],this.map={};let n=t.getProgramParameter(e,t.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=t.getActiveUniform(e,o),l=t.getUniformLocation(e,a.name);Cw(a,l,this)}let s=[],r=[];for(let o of this.seq)o.type===t.SAMPLER_2D_SHADOW||o.type===t.SAMPLER_CUBE_SHADOW||o.type===t.SAMPLER_2D_ARRAY_SHADOW?s.push(o):r.push(o);s.length>0&&(this.seq=s.concat(r))}setValue(t,e,n,s){let r=this.map[e];r!==void 0&&r.setValue(t,n,s)}setOptional(t,e,n){let s=e[n];s!==void 0&&this.setValue(t,n,s)}static upload(t,e,n,s){for(let r=0,o=e.length;r!==o;++r){let a=e[r],l=n[a.id];l.needsUpdate!==!1&&a.setValue(t,l.value,s)}}static seqWithValue(t,e){let n=[];for(let s=0,r=t.length;s!==r;++s){let o=t[s];o.id in e&&n.push(o)}return n}};function Vp(i,t,e){let n=i.createShader(t);return i.shaderSource(n,e),i.compileShader(n),n}var Iw=37297,Pw=0;function Lw(i,t){let e=i.split(`
`),n=[],s=Math.max(t-6,0),r=Math.min(t+6,e.length);for(let o=s;o<r;o++){let a=o+1;n.push(`${a===t?">":" "} ${a}: ${e[o]}`)}return n.join(`
`)}var Wp=new Xt;function Uw(i){ce._getMatrix(Wp,ce.workingColorSpace,i);let t=`mat3( ${Wp.elements.map(e=>e.toFixed(4))} )`;switch(ce.getTransfer(i)){case zr:return[t,"LinearTransferOETF"];case ye:return[t,"sRGBTransferOETF"];default:return Gt("WebGLProgram: Unsupported color space: ",i),[t,"LinearTransferOETF"]}}function Xp(i,t,e){let n=i.getShaderParameter(t,i.COMPILE_STATUS),r=(i.getShaderInfoLog(t)||"").trim();if(n&&r==="")return"";let o=/ERROR: 0:(\d+)/.exec(r);if(o){let a=parseInt(o[1]);return e.toUpperCase()+`

`+r+`

`+Lw(i.getShaderSource(t),a)}else return r}function Dw(i,t){let e=Uw(t);return[`vec4 ${i}( vec4 value ) {`,`	return ${e[1]}( vec4( ${e[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var Nw={[$h]:"Linear",[qh]:"Reinhard",[Yh]:"Cineon",[Zh]:"ACESFilmic",[Kh]:"AgX",[jh]:"Neutral",[Jh]:"Custom"};function Fw(i,t){let e=Nw[t];return e===void 0?(Gt("WebGLProgram: Unsupported toneMapping:",t),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+e+"ToneMapping( color ); }"}var Hl=new H;function Ow(){ce.getLuminanceCoefficients(Hl);let i=Hl.x.toFixed(4),t=Hl.y.toFixed(4),e=Hl.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${t}, ${e} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Bw(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(uo).join(`
`)}function kw(i){let t=[];for(let e in i){let n=i[e];n!==!1&&t.push("#define "+e+" "+n)}return t.join(`
`)}function zw(i,t){let e={},n=i.getProgramParameter(t,i.ACTIVE_ATTRIBUTES);for(let s=0;s<n;s++){let r=i.getActiveAttrib(t,s),o=r.name,a=1;r.type===i.FLOAT_MAT2&&(a=2),r.type===i.FLOAT_MAT3&&(a=3),r.type===i.FLOAT_MAT4&&(a=4),e[o]={type:r.type,location:i.getAttribLocation(t,o),locationSize:a}}return e}function uo(i){return i!==""}function $p(i,t){let e=t.numSpotLightShadows+t.numSpotLightMaps-t.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,t.numSunLights).replace(/NUM_DIR_LIGHTS/g,t.numDirLights).replace(/NUM_SPOT_LIGHTS/g,t.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,t.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,e).replace(/NUM_RECT_AREA_LIGHTS/g,t.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,t.numPointLights).replace(/NUM_HEMI_LIGHTS/g,t.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,t.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,t.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,t.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,t.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,t.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,t.numLightProbeGrids)}function qp(i,t){return i.replace(/NUM_CLIPPING_PLANES/g,t.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,t.numClippingPlanes-t.numClipIntersection)}var Gw=/^[ \t]*#include +<([\w\d./]+)>/gm;function Mu(i){return i.replace(Gw,Hw)}function Hw(i,t){let e=ne[t];if(e===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+t+">");return Mu(e)}var Vw=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Yp(i){return i.replace(Vw,Ww)}function Ww(i,t,e,n){let s="";for(let r=parseInt(t);r<parseInt(e);r++)s+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return s}function Zp(i){let t=`precision ${i.precision} float;
	precision ${i.precision} int;
	precision ${i.precision} sampler2D;
	precision ${i.precision} samplerCube;
	precision ${i.precision} sampler3D;
	precision ${i.precision} sampler2DArray;
	precision ${i.precision} sampler2DShadow;
	precision ${i.precision} samplerCubeShadow;
	precision ${i.precision} sampler2DArrayShadow;
	precision ${i.precision} isampler2D;
	precision ${i.precision} isampler3D;
	precision ${i.precision} isamplerCube;
	precision ${i.precision} isampler2DArray;
	precision ${i.precision} usampler2D;
	precision ${i.precision} usampler3D;
	precision ${i.precision} usamplerCube;
	precision ${i.precision} usampler2DArray;
	`;return i.precision==="highp"?t+=`
#define HIGH_PRECISION`:i.precision==="mediump"?t+=`
#define MEDIUM_PRECISION`:i.precision==="lowp"&&(t+=`
#define LOW_PRECISION`),t}var Xw={[eo]:"SHADOWMAP_TYPE_PCF",[lr]:"SHADOWMAP_TYPE_VSM"};function $w(i){return Xw[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var qw={[hr]:"ENVMAP_MODE_REFRACTION"};function Yw(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":qw[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var Zw={[Xh]:"ENVMAP_BLENDING_MULTIPLY",[fp]:"ENVMAP_BLENDING_MIX",[dp]:"ENVMAP_BLENDING_ADD"};function Jw(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":Zw[i.combine]||"ENVMAP_BLENDING_NONE"}function Kw(i,t,e,n){let s=i.getContext(),r=e.defines,o=e.vertexShader,a=e.fragmentShader,l=$w(e),c=e.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=Yw(e),u=Jw(e),f=Bw(e),d=kw(r),g=s.createProgram(),E,x,p=e.glslVersion?"#version "+e.glslVersion+`
`:"";e.isRawShaderMaterial?(E=["#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d].filter(uo).join(`
`),E.length>0&&(E+=`
`),x=["#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d].filter(uo).join(`
`),x.length>0&&(x+=`
`)):(E=[Zp(e),"#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d,e.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",e.batching?"#define USE_BATCHING":"",e.batchingColor?"#define USE_BATCHING_COLOR":"",e.instancing?"#define USE_INSTANCING":"",e.instancingColor?"#define USE_INSTANCING_COLOR":"",e.instancingMorph?"#define USE_INSTANCING_MORPH":"",e.useFog&&e.fog?"#define USE_FOG":"",e.useFog&&e.fogExp2?"#define FOG_EXP2":"",e.map?"#define USE_MAP":"",e.envMap?"#define USE_ENVMAP":"",e.envMap?"#define "+h:"",e.lightMap?"#define USE_LIGHTMAP":"",e.aoMap?"#define USE_AOMAP":"",e.bumpMap?"#define USE_BUMPMAP":"",e.normalMap?"#define USE_NORMALMAP":"",e.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",e.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",e.displacementMap?"#define USE_DISPLACEMENTMAP":"",e.emissiveMap?"#define USE_EMISSIVEMAP":"",e.anisotropy?"#define USE_ANISOTROPY":"",e.anisotropyMap?"#define USE_ANISOTROPYMAP":"",e.clearcoatMap?"#define USE_CLEARCOATMAP":"",e.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",e.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",e.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",e.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",e.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",e.specularMap?"#define USE_SPECULARMAP":"",e.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",e.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",e.roughnessMap?"#define USE_ROUGHNESSMAP":"",e.metalnessMap?"#define USE_METALNESSMAP":"",e.alphaMap?"#define USE_ALPHAMAP":"",e.alphaHash?"#define USE_ALPHAHASH":"",e.transmission?"#define USE_TRANSMISSION":"",e.transmissionMap?"#define USE_TRANSMISSIONMAP":"",e.thicknessMap?"#define USE_THICKNESSMAP":"",e.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",e.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",e.mapUv?"#define MAP_UV "+e.mapUv:"",e.alphaMapUv?"#define ALPHAMAP_UV "+e.alphaMapUv:"",e.lightMapUv?"#define LIGHTMAP_UV "+e.lightMapUv:"",e.aoMapUv?"#define AOMAP_UV "+e.aoMapUv:"",e.emissiveMapUv?"#define EMISSIVEMAP_UV "+e.emissiveMapUv:"",e.bumpMapUv?"#define BUMPMAP_UV "+e.bumpMapUv:"",e.normalMapUv?"#define NORMALMAP_UV "+e.normalMapUv:"",e.displacementMapUv?"#define DISPLACEMENTMAP_UV "+e.displacementMapUv:"",e.metalnessMapUv?"#define METALNESSMAP_UV "+e.metalnessMapUv:"",e.roughnessMapUv?"#define ROUGHNESSMAP_UV "+e.roughnessMapUv:"",e.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+e.anisotropyMapUv:"",e.clearcoatMapUv?"#define CLEARCOATMAP_UV "+e.clearcoatMapUv:"",e.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+e.clearcoatNormalMapUv:"",e.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+e.clearcoatRoughnessMapUv:"",e.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+e.diffuseRoughnessMapUv:"",e.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+e.iridescenceMapUv:"",e.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+e.iridescenceThicknessMapUv:"",e.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+e.sheenColorMapUv:"",e.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+e.sheenRoughnessMapUv:"",e.specularMapUv?"#define SPECULARMAP_UV "+e.specularMapUv:"",e.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+e.specularColorMapUv:"",e.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+e.specularIntensityMapUv:"",e.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+e.transmissionMapUv:"",e.thicknessMapUv?"#define THICKNESSMAP_UV "+e.thicknessMapUv:"",e.vertexTangents&&e.flatShading===!1?"#define USE_TANGENT":"",e.vertexNormals?"#define HAS_NORMAL":"",e.vertexColors?"#define USE_COLOR":"",e.vertexAlphas?"#define USE_COLOR_ALPHA":"",e.vertexUv1s?"#define USE_UV1":"",e.vertexUv2s?"#define USE_UV2":"",e.vertexUv3s?"#define USE_UV3":"",e.pointsUvs?"#define USE_POINTS_UV":"",e.flatShading?"#define FLAT_SHADED":"",e.skinning?"#define USE_SKINNING":"",e.morphTargets?"#define USE_MORPHTARGETS":"",e.morphNormals&&e.flatShading===!1?"#define USE_MORPHNORMALS":"",e.morphColors?"#define USE_MORPHCOLORS":"",e.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+e.morphTextureStride:"",e.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+e.morphTargetsCount:"",e.doubleSided?"#define DOUBLE_SIDED":"",e.flipSided?"#define FLIP_SIDED":"",e.shadowMapEnabled?"#define USE_SHADOWMAP":"",e.shadowMapEnabled?"#define "+l:"",e.sizeAttenuation?"#define USE_SIZEATTENUATION":"",e.numLightProbes>0?"#define USE_LIGHT_PROBES":"",e.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",e.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(uo).join(`
`),x=[Zp(e),"#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d,e.useFog&&e.fog?"#define USE_FOG":"",e.useFog&&e.fogExp2?"#define FOG_EXP2":"",e.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",e.map?"#define USE_MAP":"",e.matcap?"#define USE_MATCAP":"",e.envMap?"#define USE_ENVMAP":"",e.envMap?"#define "+c:"",e.envMap?"#define "+h:"",e.envMap?"#define "+u:"",e.envMapPMREM?"#define ENVMAP_MAX_LOD "+e.envMapMaxLod+".0":"",e.envMapPMREM?"#define ENVMAP_SIZE "+e.envMapSize+".0":"",e.lightMap?"#define USE_LIGHTMAP":"",e.aoMap?"#define USE_AOMAP":"",e.bumpMap?"#define USE_BUMPMAP":"",e.normalMap?"#define USE_NORMALMAP":"",e.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",e.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",e.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",e.emissiveMap?"#define USE_EMISSIVEMAP":"",e.anisotropy?"#define USE_ANISOTROPY":"",e.anisotropyMap?"#define USE_ANISOTROPYMAP":"",e.clearcoat?"#define USE_CLEARCOAT":"",e.clearcoatMap?"#define USE_CLEARCOATMAP":"",e.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",e.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",e.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",e.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",e.dispersion?"#define USE_DISPERSION":"",e.retroreflection?"#define USE_RETROREFLECTION":"",e.iridescence?"#define USE_IRIDESCENCE":"",e.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",e.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",e.specularMap?"#define USE_SPECULARMAP":"",e.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",e.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",e.roughnessMap?"#define USE_ROUGHNESSMAP":"",e.metalnessMap?"#define USE_METALNESSMAP":"",e.alphaMap?"#define USE_ALPHAMAP":"",e.alphaTest?"#define USE_ALPHATEST":"",e.alphaHash?"#define USE_ALPHAHASH":"",e.sheen?"#define USE_SHEEN":"",e.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",e.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",e.transmission?"#define USE_TRANSMISSION":"",e.transmissionMap?"#define USE_TRANSMISSIONMAP":"",e.thicknessMap?"#define USE_THICKNESSMAP":"",e.vertexTangents&&e.flatShading===!1?"#define USE_TANGENT":"",e.vertexColors||e.instancingColor?"#define USE_COLOR":"",e.vertexAlphas||e.batchingColor?"#define USE_COLOR_ALPHA":"",e.vertexUv1s?"#define USE_UV1":"",e.vertexUv2s?"#define USE_UV2":"",e.vertexUv3s?"#define USE_UV3":"",e.pointsUvs?"#define USE_POINTS_UV":"",e.gradientMap?"#define USE_GRADIENTMAP":"",e.flatShading?"#define FLAT_SHADED":"",e.doubleSided?"#define DOUBLE_SIDED":"",e.flipSided?"#define FLIP_SIDED":"",e.shadowMapEnabled?"#define USE_SHADOWMAP":"",e.shadowMapEnabled?"#define "+l:"",e.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",e.numLightProbes>0?"#define USE_LIGHT_PROBES":"",e.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",e.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",e.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",e.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",e.toneMapping!==ii?"#define TONE_MAPPING":"",e.toneMapping!==ii?ne.tonemapping_pars_fragment:"",e.toneMapping!==ii?Fw("toneMapping",e.toneMapping):"",e.dithering?"#define DITHERING":"",e.opaque?"#define OPAQUE":"",ne.colorspace_pars_fragment,Dw("linearToOutputTexel",e.outputColorSpace),Ow(),e.useDepthPacking?"#define DEPTH_PACKING "+e.depthPacking:"",`
`].filter(uo).join(`
`)),o=Mu(o),o=$p(o,e),o=qp(o,e),a=Mu(a),a=$p(a,e),a=qp(a,e),o=Yp(o),a=Yp(a),e.isRawShaderMaterial!==!0&&(p=`#version 300 es
`,E=[f,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+E,x=["#define varying in",e.glslVersion===hu?"":"layout(location = 0) out highp vec4 pc_fragColor;",e.glslVersion===hu?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+x);let M=p+E+o,A=p+x+a,b=Vp(s,s.VERTEX_SHADER,M),R=Vp(s,s.FRAGMENT_SHADER,A);s.attachShader(g,b),s.attachShader(g,R),e.index0AttributeName!==void 0?s.bindAttribLocation(g,0,e.index0AttributeName):e.hasPositionAttribute===!0&&s.bindAttribLocation(g,0,"position"),s.linkProgram(g);function _(D){if(i.debug.checkShaderErrors){let z=s.getProgramInfoLog(g)||"",F=s.getShaderInfoLog(b)||"",q=s.getShaderInfoLog(R)||"",L=z.trim(),$=F.trim(),J=q.trim(),G=!0,ot=!0;if(s.getProgramParameter(g,s.LINK_STATUS)===!1)if(G=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(s,g,b,R);else{let K=Xp(s,b,"vertex"),it=Xp(s,R,"fragment");Vt("WebGLProgram: Shader Error "+s.getError()+" - VALIDATE_STATUS "+s.getProgramParameter(g,s.VALIDATE_STATUS)+`

Material Name: `+D.name+`
Material Type: `+D.type+`

Program Info Log: `+L+`
`+K+`
`+it)}else L!==""?Gt("WebGLProgram: Program Info Log:",L):($===""||J==="")&&(ot=!1);ot&&(D.diagnostics={runnable:G,programLog:L,vertexShader:{log:$,prefix:E},fragmentShader:{log:J,prefix:x}})}s.deleteShader(b),s.deleteShader(R),y=new fr(s,g),T=zw(s,g)}let y;this.getUniforms=function(){return y===void 0&&_(this),y};let T;this.getAttributes=function(){return T===void 0&&_(this),T};let k=e.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return k===!1&&(k=s.getProgramParameter(g,Iw)),k},this.destroy=function(){n.releaseStatesOfProgram(this),s.deleteProgram(g),this.program=void 0},this.type=e.shaderType,this.name=e.shaderName,this.id=Pw++,this.cacheKey=t,this.usedTimes=1,this.program=g,this.vertexShader=b,this.fragmentShader=R,this}var jw=0,bu=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(t,e,n){let s=this._getShaderCacheForMaterial(t);return s.has(e)===!1&&(s.add(e),e.usedTimes++),s.has(n)===!1&&(s.add(n),n.usedTimes++),this}remove(t){let e=this.materialCache.get(t);for(let n of e)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(t),this}getVertexShaderStage(t){return this._getShaderStage(t.vertexShader)}getFragmentShaderStage(t){return this._getShaderStage(t.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(t){let e=this.materialCache,n=e.get(t);return n===void 0&&(n=new Set,e.set(t,n)),n}_getShaderStage(t){let e=this.shaderCache,n=e.get(t);return n===void 0&&(n=new Eu(t),e.set(t,n)),n}},Eu=class{constructor(t){this.id=jw++,this.code=t,this.usedTimes=0}};function Qw(i){return i===Zi||i===ao||i===lo}function t2(i,t,e,n,s,r){let o=new Vr,a=new bu,l=new Set,c=[],h=new Map,u=n.logarithmicDepthBuffer,f={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(y){return l.add(y),y===0?"uv":`uv${y}`}function g(y,T,k,D,z,F){let q=D.fog,L=z.geometry,$=y.isMeshStandardMaterial||y.isMeshLambertMaterial||y.isMeshPhongMaterial?D.environment:null,J=y.isMeshStandardMaterial||y.isMeshLambertMaterial&&!y.envMap||y.isMeshPhongMaterial&&!y.envMap,G=t.get(y.envMap||$,J),ot=f[y.type],K=n.precision;y.precision!==null&&(K=n.getMaxPrecision(y.precision),K!==y.precision&&Gt("WebGLProgram.getParameters:",y.precision,"not supported, using",K,"instead."));let it=L.morphAttributes.position||L.morphAttributes.normal||L.morphAttributes.color,rt=it!==void 0?it.length:0,wt=0;L.morphAttributes.position!==void 0&&(wt=1),L.morphAttributes.normal!==void 0&&(wt=2),L.morphAttributes.color!==void 0&&(wt=3);let Pt,Q,St,At;if(ot){let Mt=ri[ot];Pt=Mt.vertexShader,Q=Mt.fragmentShader}else{Pt=y.vertexShader,Q=y.fragmentShader;let Mt=a.getVertexShaderStage(y),pe=a.getFragmentShaderStage(y);a.update(y,Mt,pe),St=Mt.id,At=pe.id}let Ut=i.getRenderTarget(),dt=i.state.buffers.depth.getReversed(),Ot=z.isInstancedMesh===!0,fe=z.isBatchedMesh===!0,lt=!!y.map,Bt=!!y.matcap,ee=!!G,Kt=ee&&G.isPMREMTexture===!0,Me=!!y.aoMap,Te=!!y.lightMap,Ze=!!y.bumpMap&&y.wireframe===!1,me=!!y.normalMap,yn=!!y.displacementMap,Ue=!!y.emissiveMap,an=!!y.metalnessMap,ln=!!y.roughnessMap,De=y.anisotropy>0,B=y.clearcoat>0,zt=y.diffuseRoughness>0,Ee=y.dispersion>0,_e=y.retroreflectivity>0,yt=y.iridescence>0,Ne=y.sheen>0,Dt=y.transmission>0,Ht=De&&!!y.anisotropyMap,C=B&&!!y.clearcoatMap,v=B&&!!y.clearcoatNormalMap,W=B&&!!y.clearcoatRoughnessMap,at=zt&&!!y.diffuseRoughnessMap,st=yt&&!!y.iridescenceMap,mt=yt&&!!y.iridescenceThicknessMap,_t=Ne&&!!y.sheenColorMap,tt=Ne&&!!y.sheenRoughnessMap,et=!!y.specularMap,xt=!!y.specularColorMap,U=!!y.specularIntensityMap,nt=Dt&&!!y.transmissionMap,j=Dt&&!!y.thicknessMap,gt=!!y.gradientMap,ht=!!y.alphaMap,pt=y.alphaTest>0,Lt=!!y.alphaHash,Yt=!!y.extensions,ct=ii;y.toneMapped&&(Ut===null||Ut.isXRRenderTarget===!0)&&(ct=i.toneMapping);let Nt=Kt?G.isCompressedCubeTexture?G.image[0].mipmaps:G.mipmaps:null,$t={shaderID:ot,shaderType:y.type,shaderName:y.name,vertexShader:Pt,fragmentShader:Q,defines:y.defines,customVertexShaderID:St,customFragmentShaderID:At,isRawShaderMaterial:y.isRawShaderMaterial===!0,glslVersion:y.glslVersion,precision:K,batching:fe,batchingColor:fe&&z._colorsTexture!==null,instancing:Ot,instancingColor:Ot&&z.instanceColor!==null,instancingMorph:Ot&&z.morphTexture!==null,outputColorSpace:Ut===null?i.outputColorSpace:Ut.isXRRenderTarget===!0?Ut.texture.colorSpace:ce.workingColorSpace,alphaToCoverage:!!y.alphaToCoverage,map:lt,matcap:Bt,envMap:ee,envMapMode:ee&&G.mapping,envMapPMREM:Kt,envMapMaxLod:Kt?Nt.length-1:null,envMapSize:Kt?Nt[0].width:null,aoMap:Me,lightMap:Te,bumpMap:Ze,normalMap:me,displacementMap:yn,emissiveMap:Ue,normalMapObjectSpace:me&&y.normalMapType===gp,normalMapTangentSpace:me&&y.normalMapType===zl,packedNormalMap:me&&y.normalMapType===zl&&Qw(y.normalMap.format),metalnessMap:an,roughnessMap:ln,anisotropy:De,anisotropyMap:Ht,clearcoat:B,clearcoatMap:C,clearcoatNormalMap:v,clearcoatRoughnessMap:W,diffuseRoughness:zt,diffuseRoughnessMap:at,dispersion:Ee,retroreflection:_e,iridescence:yt,iridescenceMap:st,iridescenceThicknessMap:mt,sheen:Ne,sheenColorMap:_t,sheenRoughnessMap:tt,specularMap:et,specularColorMap:xt,specularIntensityMap:U,transmission:Dt,transmissionMap:nt,thicknessMap:j,gradientMap:gt,opaque:y.transparent===!1&&y.blending===cr&&y.alphaToCoverage===!1,alphaMap:ht,alphaTest:pt,alphaHash:Lt,combine:y.combine,mapUv:lt&&d(y.map.channel),aoMapUv:Me&&d(y.aoMap.channel),lightMapUv:Te&&d(y.lightMap.channel),bumpMapUv:Ze&&d(y.bumpMap.channel),normalMapUv:me&&d(y.normalMap.channel),displacementMapUv:yn&&d(y.displacementMap.channel),emissiveMapUv:Ue&&d(y.emissiveMap.channel),metalnessMapUv:an&&d(y.metalnessMap.channel),roughnessMapUv:ln&&d(y.roughnessMap.channel),anisotropyMapUv:Ht&&d(y.anisotropyMap.channel),clearcoatMapUv:C&&d(y.clearcoatMap.channel),clearcoatNormalMapUv:v&&d(y.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:W&&d(y.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:at&&d(y.diffuseRoughnessMap.channel),iridescenceMapUv:st&&d(y.iridescenceMap.channel),iridescenceThicknessMapUv:mt&&d(y.iridescenceThicknessMap.channel),sheenColorMapUv:_t&&d(y.sheenColorMap.channel),sheenRoughnessMapUv:tt&&d(y.sheenRoughnessMap.channel),specularMapUv:et&&d(y.specularMap.channel),specularColorMapUv:xt&&d(y.specularColorMap.channel),specularIntensityMapUv:U&&d(y.specularIntensityMap.channel),transmissionMapUv:nt&&d(y.transmissionMap.channel),thicknessMapUv:j&&d(y.thicknessMap.channel),alphaMapUv:ht&&d(y.alphaMap.channel),vertexTangents:!!L.attributes.tangent&&(me||De),vertexNormals:!!L.attributes.normal,vertexColors:y.vertexColors,vertexAlphas:y.vertexColors===!0&&!!L.attributes.color&&L.attributes.color.itemSize===4,pointsUvs:z.isPoints===!0&&!!L.attributes.uv&&(lt||ht),fog:!!q,useFog:y.fog===!0,fogExp2:!!q&&q.isFogExp2,flatShading:y.wireframe===!1&&(y.flatShading===!0||L.attributes.normal===void 0&&me===!1&&(y.isMeshLambertMaterial||y.isMeshPhongMaterial||y.isMeshStandardMaterial||y.isMeshPhysicalMaterial)),sizeAttenuation:y.sizeAttenuation===!0,logarithmicDepthBuffer:u,reversedDepthBuffer:dt,skinning:z.isSkinnedMesh===!0,hasPositionAttribute:L.attributes.position!==void 0,morphTargets:L.morphAttributes.position!==void 0,morphNormals:L.morphAttributes.normal!==void 0,morphColors:L.morphAttributes.color!==void 0,morphTargetsCount:rt,morphTextureStride:wt,numSunLights:T.sun.length,numDirLights:T.directional.length,numPointLights:T.point.length,numSpotLights:T.spot.length,numSpotLightMaps:T.spotLightMap.length,numRectAreaLights:T.rectArea.length,numHemiLights:T.hemi.length,numSunLightShadows:T.sunShadowMap.length,numDirLightShadows:T.directionalShadowMap.length,numPointLightShadows:T.pointShadowMap.length,numSpotLightShadows:T.spotShadowMap.length,numSpotLightShadowsWithMaps:T.numSpotLightShadowsWithMaps,numLightProbes:T.numLightProbes,numLightProbeGrids:F.filter(Mt=>Mt.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:y.dithering,shadowMapEnabled:i.shadowMap.enabled&&k.length>0,shadowMapType:i.shadowMap.type,toneMapping:ct,decodeVideoTexture:lt&&y.map.isVideoTexture===!0&&ce.getTransfer(y.map.colorSpace)===ye,decodeVideoTextureEmissive:Ue&&y.emissiveMap.isVideoTexture===!0&&ce.getTransfer(y.emissiveMap.colorSpace)===ye,premultipliedAlpha:y.premultipliedAlpha,doubleSided:y.side===ni,flipSided:y.side===fn,useDepthPacking:y.depthPacking>=0,depthPacking:y.depthPacking||0,index0AttributeName:y.index0AttributeName,extensionClipCullDistance:Yt&&y.extensions.clipCullDistance===!0&&e.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Yt&&y.extensions.multiDraw===!0||fe)&&e.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:e.has("KHR_parallel_shader_compile"),customProgramCacheKey:y.customProgramCacheKey()};return $t.vertexUv1s=l.has(1),$t.vertexUv2s=l.has(2),$t.vertexUv3s=l.has(3),l.clear(),$t}function E(y){let T=[];if(y.shaderID?T.push(y.shaderID):(T.push(y.customVertexShaderID),T.push(y.customFragmentShaderID)),y.defines!==void 0)for(let k in y.defines)T.push(k),T.push(y.defines[k]);return y.isRawShaderMaterial===!1&&(x(T,y),p(T,y),T.push(i.outputColorSpace)),T.push(y.customProgramCacheKey),T.join()}function x(y,T){y.push(T.precision),y.push(T.outputColorSpace),y.push(T.envMapMode),y.push(T.envMapPMREM),y.push(T.envMapMaxLod),y.push(T.envMapSize),y.push(T.mapUv),y.push(T.alphaMapUv),y.push(T.lightMapUv),y.push(T.aoMapUv),y.push(T.bumpMapUv),y.push(T.normalMapUv),y.push(T.displacementMapUv),y.push(T.emissiveMapUv),y.push(T.metalnessMapUv),y.push(T.roughnessMapUv),y.push(T.anisotropyMapUv),y.push(T.clearcoatMapUv),y.push(T.clearcoatNormalMapUv),y.push(T.clearcoatRoughnessMapUv),y.push(T.diffuseRoughnessMapUv),y.push(T.iridescenceMapUv),y.push(T.iridescenceThicknessMapUv),y.push(T.sheenColorMapUv),y.push(T.sheenRoughnessMapUv),y.push(T.specularMapUv),y.push(T.specularColorMapUv),y.push(T.specularIntensityMapUv),y.push(T.transmissionMapUv),y.push(T.thicknessMapUv),y.push(T.combine),y.push(T.fogExp2),y.push(T.sizeAttenuation),y.push(T.morphTargetsCount),y.push(T.numSunLights),y.push(T.numDirLights),y.push(T.numPointLights),y.push(T.numSpotLights),y.push(T.numSpotLightMaps),y.push(T.numHemiLights),y.push(T.numRectAreaLights),y.push(T.numSunLightShadows),y.push(T.numDirLightShadows),y.push(T.numPointLightShadows),y.push(T.numSpotLightShadows),y.push(T.numSpotLightShadowsWithMaps),y.push(T.numLightProbes),y.push(T.numLightProbeGrids),y.push(T.shadowMapType),y.push(T.toneMapping),y.push(T.numClippingPlanes),y.push(T.numClipIntersection),y.push(T.depthPacking)}function p(y,T){o.disableAll(),T.instancing&&o.enable(0),T.instancingColor&&o.enable(1),T.instancingMorph&&o.enable(2),T.matcap&&o.enable(3),T.envMap&&o.enable(4),T.normalMapObjectSpace&&o.enable(5),T.normalMapTangentSpace&&o.enable(6),T.clearcoat&&o.enable(7),T.iridescence&&o.enable(8),T.alphaTest&&o.enable(9),T.vertexColors&&o.enable(10),T.vertexAlphas&&o.enable(11),T.vertexUv1s&&o.enable(12),T.vertexUv2s&&o.enable(13),T.vertexUv3s&&o.enable(14),T.vertexTangents&&o.enable(15),T.anisotropy&&o.enable(16),T.alphaHash&&o.enable(17),T.batching&&o.enable(18),T.dispersion&&o.enable(19),T.retroreflection&&o.enable(24),T.diffuseRoughness&&o.enable(25),T.batchingColor&&o.enable(20),T.gradientMap&&o.enable(21),T.packedNormalMap&&o.enable(22),T.vertexNormals&&o.enable(23),y.push(o.mask),o.disableAll(),T.fog&&o.enable(0),T.useFog&&o.enable(1),T.flatShading&&o.enable(2),T.logarithmicDepthBuffer&&o.enable(3),T.reversedDepthBuffer&&o.enable(4),T.skinning&&o.enable(5),T.morphTargets&&o.enable(6),T.morphNormals&&o.enable(7),T.morphColors&&o.enable(8),T.premultipliedAlpha&&o.enable(9),T.shadowMapEnabled&&o.enable(10),T.doubleSided&&o.enable(11),T.flipSided&&o.enable(12),T.useDepthPacking&&o.enable(13),T.dithering&&o.enable(14),T.transmission&&o.enable(15),T.sheen&&o.enable(16),T.opaque&&o.enable(17),T.pointsUvs&&o.enable(18),T.decodeVideoTexture&&o.enable(19),T.decodeVideoTextureEmissive&&o.enable(20),T.alphaToCoverage&&o.enable(21),T.numLightProbeGrids>0&&o.enable(22),T.hasPositionAttribute&&o.enable(23),y.push(o.mask)}function M(y){let T=f[y.type],k;if(T){let D=ri[T];k=Ip.clone(D.uniforms)}else k=y.uniforms;return k}function A(y,T){let k=h.get(T);return k!==void 0?++k.usedTimes:(k=new Kw(i,T,y,s),c.push(k),h.set(T,k)),k}function b(y){if(--y.usedTimes===0){let T=c.indexOf(y);c[T]=c[c.length-1],c.pop(),h.delete(y.cacheKey),y.destroy()}}function R(y){a.remove(y)}function _(){a.dispose()}return{getParameters:g,getProgramCacheKey:E,getUniforms:M,acquireProgram:A,releaseProgram:b,releaseShaderCache:R,programs:c,dispose:_}}function e2(){let i=new WeakMap;function t(o){return i.has(o)}function e(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function s(o,a,l){i.get(o)[a]=l}function r(){i=new WeakMap}return{has:t,get:e,remove:n,update:s,dispose:r}}function n2(i,t){return i.groupOrder!==t.groupOrder?i.groupOrder-t.groupOrder:i.renderOrder!==t.renderOrder?i.renderOrder-t.renderOrder:i.material.id!==t.material.id?i.material.id-t.material.id:i.materialVariant!==t.materialVariant?i.materialVariant-t.materialVariant:i.z!==t.z?i.z-t.z:i.id-t.id}function Jp(i,t){return i.groupOrder!==t.groupOrder?i.groupOrder-t.groupOrder:i.renderOrder!==t.renderOrder?i.renderOrder-t.renderOrder:i.z!==t.z?t.z-i.z:i.id-t.id}function Kp(){let i=[],t=0,e=[],n=[],s=[];function r(){t=0,e.length=0,n.length=0,s.length=0}function o(f){let d=0;return f.isInstancedMesh&&(d+=2),f.isSkinnedMesh&&(d+=1),d}function a(f,d,g,E,x,p){let M=i[t];return M===void 0?(M={id:f.id,object:f,geometry:d,material:g,materialVariant:o(f),groupOrder:E,renderOrder:f.renderOrder,z:x,group:p},i[t]=M):(M.id=f.id,M.object=f,M.geometry=d,M.material=g,M.materialVariant=o(f),M.groupOrder=E,M.renderOrder=f.renderOrder,M.z=x,M.group=p),t++,M}function l(f,d,g,E,x,p,M){M.reversedDepth===!0&&(x=-x);let A=a(f,d,g,E,x,p);g.transmission>0?n.push(A):g.transparent===!0?s.push(A):e.push(A)}function c(f,d,g,E,x,p){let M=a(f,d,g,E,x,p);g.transmission>0?n.unshift(M):g.transparent===!0?s.unshift(M):e.unshift(M)}function h(f,d){e.length>1&&e.sort(f||n2),n.length>1&&n.sort(d||Jp),s.length>1&&s.sort(d||Jp)}function u(){for(let f=t,d=i.length;f<d;f++){let g=i[f];if(g.id===null)break;g.id=null,g.object=null,g.geometry=null,g.material=null,g.group=null}}return{opaque:e,transmissive:n,transparent:s,init:r,push:l,unshift:c,finish:u,sort:h}}function i2(){let i=new WeakMap;function t(n,s){let r=i.get(n),o;return r===void 0?(o=new Kp,i.set(n,[o])):s>=r.length?(o=new Kp,r.push(o)):o=r[s],o}function e(){i=new WeakMap}return{get:t,dispose:e}}function s2(){let i={};return{get:function(t){if(i[t.id]!==void 0)return i[t.id];let e;switch(t.type){case"SunLight":case"DirectionalLight":e={direction:new H,color:new Jt};break;case"SpotLight":e={position:new H,direction:new H,color:new Jt,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":e={position:new H,color:new Jt,distance:0,decay:0};break;case"HemisphereLight":e={direction:new H,skyColor:new Jt,groundColor:new Jt};break;case"RectAreaLight":e={color:new Jt,position:new H,halfWidth:new H,halfHeight:new H};break}return i[t.id]=e,e}}}function r2(){let i={};return{get:function(t){if(i[t.id]!==void 0)return i[t.id];let e;switch(t.type){case"SunLight":case"DirectionalLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new kt};break;case"SpotLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new kt};break;case"PointLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new kt,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[t.id]=e,e}}}var o2=0;function a2(i,t){return(t.castShadow?2:0)-(i.castShadow?2:0)+(t.map?1:0)-(i.map?1:0)}function l2(i){let t=new s2,e=r2(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)n.probe.push(new H);let s=new H,r=new Ce,o=new Ce;function a(c){let h=0,u=0,f=0;for(let F=0;F<9;F++)n.probe[F].set(0,0,0);let d=0,g=0,E=0,x=0,p=0,M=0,A=0,b=0,R=0,_=0,y=0,T=0,k=0,D=0;c.sort(a2);for(let F=0,q=c.length;F<q;F++){let L=c[F],$=L.color,J=L.intensity,G=L.distance,ot=null;if(L.shadow&&L.shadow.map&&(L.shadow.map.texture.format===Zi?ot=L.shadow.map.texture:ot=L.shadow.map.depthTexture||L.shadow.map.texture),L.isAmbientLight)h+=$.r*J,u+=$.g*J,f+=$.b*J;else if(L.isLightProbe){for(let K=0;K<9;K++)n.probe[K].addScaledVector(L.sh.coefficients[K],J);D++}else if(L.isSunLight){let K=t.get(L);if(K.color.copy(L.color).multiplyScalar(L.intensity),L.castShadow){let it=L.shadow,rt=e.get(L);rt.shadowIntensity=it.intensity,rt.shadowBias=it.bias,rt.shadowNormalBias=it.normalBias,rt.shadowRadius=it.radius,rt.shadowMapSize.copy(it.mapSize).multiply(it.getFrameExtents()),n.sunShadow[g]=rt,n.sunShadowMap[g]=ot;let wt=it.getViewportCount();for(let Pt=0;Pt<wt;Pt++)n.sunShadowMatrix[E+Pt]=it.getMatrix(Pt),n.sunShadowCascade[E+Pt]=it._cascadeData[Pt];E+=wt,g++}n.sun[d]=K,d++}else if(L.isDirectionalLight){let K=t.get(L);if(K.color.copy(L.color).multiplyScalar(L.intensity),L.castShadow){let it=L.shadow,rt=e.get(L);rt.shadowIntensity=it.intensity,rt.shadowBias=it.bias,rt.shadowNormalBias=it.normalBias,rt.shadowRadius=it.radius,rt.shadowMapSize=it.mapSize,n.directionalShadow[x]=rt,n.directionalShadowMap[x]=ot,n.directionalShadowMatrix[x]=L.shadow.matrix,R++}n.directional[x]=K,x++}else if(L.isSpotLight){let K=t.get(L);K.position.setFromMatrixPosition(L.matrixWorld),K.color.copy($).multiplyScalar(J),K.distance=G,K.coneCos=Math.cos(L.angle),K.penumbraCos=Math.cos(L.angle*(1-L.penumbra)),K.decay=L.decay,n.spot[M]=K;let it=L.shadow;if(L.map&&(n.spotLightMap[T]=L.map,T++,it.updateMatrices(L),L.castShadow&&k++),n.spotLightMatrix[M]=it.matrix,L.castShadow){let rt=e.get(L);rt.shadowIntensity=it.intensity,rt.shadowBias=it.bias,rt.shadowNormalBias=it.normalBias,rt.shadowRadius=it.radius,rt.shadowMapSize=it.mapSize,n.spotShadow[M]=rt,n.spotShadowMap[M]=ot,y++}M++}else if(L.isRectAreaLight){let K=t.get(L);K.color.copy($).multiplyScalar(J),K.halfWidth.set(L.width*.5,0,0),K.halfHeight.set(0,L.height*.5,0),n.rectArea[A]=K,A++}else if(L.isPointLight){let K=t.get(L);if(K.color.copy(L.color).multiplyScalar(L.intensity),K.distance=L.distance,K.decay=L.decay,L.castShadow){let it=L.shadow,rt=e.get(L);rt.shadowIntensity=it.intensity,rt.shadowBias=it.bias,rt.shadowNormalBias=it.normalBias,rt.shadowRadius=it.radius,rt.shadowMapSize=it.mapSize,rt.shadowCameraNear=it.camera.near,rt.shadowCameraFar=it.camera.far,n.pointShadow[p]=rt,n.pointShadowMap[p]=ot,n.pointShadowMatrix[p]=L.shadow.matrix,_++}n.point[p]=K,p++}else if(L.isHemisphereLight){let K=t.get(L);K.skyColor.copy(L.color).multiplyScalar(J),K.groundColor.copy(L.groundColor).multiplyScalar(J),n.hemi[b]=K,b++}}A>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=Et.LTC_FLOAT_1,n.rectAreaLTC2=Et.LTC_FLOAT_2):(n.rectAreaLTC1=Et.LTC_HALF_1,n.rectAreaLTC2=Et.LTC_HALF_2)),n.ambient[0]=h,n.ambient[1]=u,n.ambient[2]=f;let z=n.hash;(z.sunLength!==d||z.directionalLength!==x||z.pointLength!==p||z.spotLength!==M||z.rectAreaLength!==A||z.hemiLength!==b||z.numSunShadows!==g||z.numDirectionalShadows!==R||z.numPointShadows!==_||z.numSpotShadows!==y||z.numSpotMaps!==T||z.numLightProbes!==D)&&(n.sun.length=d,n.directional.length=x,n.spot.length=M,n.rectArea.length=A,n.point.length=p,n.hemi.length=b,n.sunShadow.length=g,n.sunShadowMap.length=g,n.sunShadowMatrix.length=E,n.sunShadowCascade.length=E,n.directionalShadow.length=R,n.directionalShadowMap.length=R,n.directionalShadowMatrix.length=R,n.pointShadow.length=_,n.pointShadowMap.length=_,n.pointShadowMatrix.length=_,n.spotShadow.length=y,n.spotShadowMap.length=y,n.spotLightMatrix.length=y+T-k,n.spotLightMap.length=T,n.numSpotLightShadowsWithMaps=k,n.numLightProbes=D,z.sunLength=d,z.directionalLength=x,z.pointLength=p,z.spotLength=M,z.rectAreaLength=A,z.hemiLength=b,z.numSunShadows=g,z.numDirectionalShadows=R,z.numPointShadows=_,z.numSpotShadows=y,z.numSpotMaps=T,z.numLightProbes=D,n.version=o2++)}function l(c,h){let u=0,f=0,d=0,g=0,E=0,x=0,p=h.matrixWorldInverse;for(let M=0,A=c.length;M<A;M++){let b=c[M];if(b.isSunLight){let R=n.sun[u];R.direction.setFromMatrixPosition(b.matrixWorld),R.direction.transformDirection(p),u++}else if(b.isDirectionalLight){let R=n.directional[f];R.direction.setFromMatrixPosition(b.matrixWorld),s.setFromMatrixPosition(b.target.matrixWorld),R.direction.sub(s),R.direction.transformDirection(p),f++}else if(b.isSpotLight){let R=n.spot[g];R.position.setFromMatrixPosition(b.matrixWorld),R.position.applyMatrix4(p),R.direction.setFromMatrixPosition(b.matrixWorld),s.setFromMatrixPosition(b.target.matrixWorld),R.direction.sub(s),R.direction.transformDirection(p),g++}else if(b.isRectAreaLight){let R=n.rectArea[E];R.position.setFromMatrixPosition(b.matrixWorld),R.position.applyMatrix4(p),o.identity(),r.copy(b.matrixWorld),r.premultiply(p),o.extractRotation(r),R.halfWidth.set(b.width*.5,0,0),R.halfHeight.set(0,b.height*.5,0),R.halfWidth.applyMatrix4(o),R.halfHeight.applyMatrix4(o),E++}else if(b.isPointLight){let R=n.point[d];R.position.setFromMatrixPosition(b.matrixWorld),R.position.applyMatrix4(p),d++}else if(b.isHemisphereLight){let R=n.hemi[x];R.direction.setFromMatrixPosition(b.matrixWorld),R.direction.transformDirection(p),x++}}}return{setup:a,setupView:l,state:n}}function jp(i){let t=new l2(i),e=[],n=[],s=[];function r(u){h.camera=u,e.length=0,n.length=0,s.length=0}function o(u){u.isLightProbeGrid?s.push(u):e.push(u)}function a(u){n.push(u)}function l(){t.setup(e),s.sort((u,f)=>u.priority-f.priority||u.id-f.id)}function c(u){t.setupView(e,u)}let h={lightsArray:e,shadowsArray:n,lightProbeGridArray:s,camera:null,lights:t,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:h,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function c2(i){let t=new WeakMap;function e(s,r=0){let o=t.get(s),a;return o===void 0?(a=new jp(i),t.set(s,[a])):r>=o.length?(a=new jp(i),o.push(a)):a=o[r],a}function n(){t=new WeakMap}return{get:e,dispose:n}}var h2=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,u2=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,f2=[new H(1,0,0),new H(-1,0,0),new H(0,1,0),new H(0,-1,0),new H(0,0,1),new H(0,0,-1)],d2=[new H(0,-1,0),new H(0,-1,0),new H(0,0,1),new H(0,0,-1),new H(0,-1,0),new H(0,-1,0)],Qp=new Ce,ho=new H,_u=new H;function p2(i,t,e){let n=new zi,s=new kt,r=new kt,o=new Ie,a=new Ga,l=new Ha,c={},h=e.maxTextureSize,u={[Yi]:fn,[fn]:Yi,[ni]:ni},f=new ei({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new kt},radius:{value:4}},vertexShader:h2,fragmentShader:u2}),d=f.clone();d.defines.HORIZONTAL_PASS=1;let g=new Mn;g.setAttribute("position",new Qe(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let E=new He(g,f),x=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=eo;let p=this.type;this.render=function(_,y,T){if(x.enabled===!1||x.autoUpdate===!1&&x.needsUpdate===!1||_.length===0)return;this.type===qd&&(Gt("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=eo);let k=i.getRenderTarget(),D=i.getActiveCubeFace(),z=i.getActiveMipmapLevel(),F=i.state;F.setBlending(ms),F.buffers.depth.getReversed()===!0?F.buffers.color.setClear(0,0,0,0):F.buffers.color.setClear(1,1,1,1),F.buffers.depth.setTest(!0),F.setScissorTest(!1);let q=p!==this.type;q&&y.traverse(function(L){L.material&&(Array.isArray(L.material)?L.material.forEach($=>$.needsUpdate=!0):L.material.needsUpdate=!0)});for(let L=0,$=_.length;L<$;L++){let J=_[L],G=J.shadow;if(G===void 0){Gt("WebGLShadowMap:",J,"has no shadow.");continue}if(G.autoUpdate===!1&&G.needsUpdate===!1)continue;s.copy(G.mapSize);let ot=G.getFrameExtents();s.multiply(ot),r.copy(G.mapSize),(s.x>h||s.y>h)&&(s.x>h&&(r.x=Math.floor(h/ot.x),s.x=r.x*ot.x,G.mapSize.x=r.x),s.y>h&&(r.y=Math.floor(h/ot.y),s.y=r.y*ot.y,G.mapSize.y=r.y));let K=i.state.buffers.depth.getReversed();if(G.camera._reversedDepth=K,G.map===null||q===!0){if(G.map!==null&&(G.map.depthTexture!==null&&(G.map.depthTexture.dispose(),G.map.depthTexture=null),G.map.dispose()),this.type===lr){if(J.isPointLight){Gt("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}G.map=new Sn(s.x,s.y,{format:Zi,type:Xn,minFilter:hn,magFilter:hn,generateMipmaps:!1}),G.map.texture.name=J.name+".shadowMap",G.map.depthTexture=new Mi(s.x,s.y,Wn),G.map.depthTexture.name=J.name+".shadowMapDepth",G.map.depthTexture.format=_i,G.map.depthTexture.compareFunction=null,G.map.depthTexture.minFilter=qe,G.map.depthTexture.magFilter=qe}else J.isPointLight?(G.map=new fo(s.x),G.map.depthTexture=new qr(s.x,Vn)):(G.map=new Sn(s.x,s.y),G.map.depthTexture=new Mi(s.x,s.y,Vn)),G.map.depthTexture.name=J.name+".shadowMap",G.map.depthTexture.format=_i,this.type===eo?(G.map.depthTexture.compareFunction=K?lu:au,G.map.depthTexture.minFilter=hn,G.map.depthTexture.magFilter=hn):(G.map.depthTexture.compareFunction=null,G.map.depthTexture.minFilter=qe,G.map.depthTexture.magFilter=qe);G.camera.updateProjectionMatrix()}G.map.isWebGLCubeRenderTarget!==!0&&(G.map.width!==s.x||G.map.height!==s.y)&&G.map.setSize(s.x,s.y);let it=G.map.isWebGLCubeRenderTarget?6:G.getViewportCount();J.isPointLight!==!0&&G.updateMatrices(J,T);let rt=(G.camera.layers.mask&4294967294)!==0?G.camera.layers:T.layers;for(let wt=0;wt<it;wt++){let Pt=G.getCamera(wt);if(J.isPointLight){let Q=G.camera,St=G.matrix,At=J.distance||Q.far;At!==Q.far&&(Q.far=At,Q.updateProjectionMatrix()),ho.setFromMatrixPosition(J.matrixWorld),Q.position.copy(ho),_u.copy(Q.position),_u.add(f2[wt]),Q.up.copy(d2[wt]),Q.lookAt(_u),Q.updateMatrixWorld(),St.makeTranslation(-ho.x,-ho.y,-ho.z),Qp.multiplyMatrices(Q.projectionMatrix,Q.matrixWorldInverse),G._frustum.setFromProjectionMatrix(Qp,Q.coordinateSystem,Q.reversedDepth)}if(G.map.isWebGLCubeRenderTarget)i.setRenderTarget(G.map,wt),i.clear();else{wt===0&&(i.setRenderTarget(G.map),i.clear());let Q=G.getViewport(wt);o.set(r.x*Q.x,r.y*Q.y,r.x*Q.z,r.y*Q.w),F.viewport(o)}n=G.getFrustum(wt),b(y,T,Pt,J,rt,this.type)}G.isPointLightShadow!==!0&&this.type===lr&&M(G,T),G.needsUpdate=!1}p=this.type,x.needsUpdate=!1,i.setRenderTarget(k,D,z)};function M(_,y){let T=t.update(E);f.defines.VSM_SAMPLES!==_.blurSamples&&(f.defines.VSM_SAMPLES=_.blurSamples,d.defines.VSM_SAMPLES=_.blurSamples,f.needsUpdate=!0,d.needsUpdate=!0),_.mapPass===null?_.mapPass=new Sn(s.x,s.y,{format:Zi,type:Xn}):(_.mapPass.width!==_.map.width||_.mapPass.height!==_.map.height)&&_.mapPass.setSize(_.map.width,_.map.height),f.uniforms.shadow_pass.value=_.map.depthTexture,f.uniforms.resolution.value.set(_.map.width,_.map.height),f.uniforms.radius.value=_.radius,i.setRenderTarget(_.mapPass),i.clear(),i.renderBufferDirect(y,null,T,f,E,null),d.uniforms.shadow_pass.value=_.mapPass.texture,d.uniforms.resolution.value.set(_.map.width,_.map.height),d.uniforms.radius.value=_.radius,i.setRenderTarget(_.map),i.clear(),i.renderBufferDirect(y,null,T,d,E,null)}function A(_,y,T,k){let D=null,z=T.isPointLight===!0?_.customDistanceMaterial:_.customDepthMaterial;if(z!==void 0)D=z;else if(D=T.isPointLight===!0?l:a,i.localClippingEnabled&&y.clipShadows===!0&&Array.isArray(y.clippingPlanes)&&y.clippingPlanes.length!==0||y.displacementMap&&y.displacementScale!==0||y.alphaMap&&y.alphaTest>0||y.map&&y.alphaTest>0||y.alphaToCoverage===!0){let F=D.uuid,q=y.uuid,L=c[F];L===void 0&&(L={},c[F]=L);let $=L[q];$===void 0&&($=D.clone(),L[q]=$,y.addEventListener("dispose",R)),D=$}if(D.visible=y.visible,D.wireframe=y.wireframe,k===lr?D.side=y.shadowSide!==null?y.shadowSide:y.side:D.side=y.shadowSide!==null?y.shadowSide:u[y.side],D.alphaMap=y.alphaMap,D.alphaTest=y.alphaToCoverage===!0?.5:y.alphaTest,D.map=y.map,D.clipShadows=y.clipShadows,D.clippingPlanes=y.clippingPlanes,D.clipIntersection=y.clipIntersection,D.displacementMap=y.displacementMap,D.displacementScale=y.displacementScale,D.displacementBias=y.displacementBias,D.wireframeLinewidth=y.wireframeLinewidth,D.linewidth=y.linewidth,T.isPointLight===!0&&D.isMeshDistanceMaterial===!0){let F=i.properties.get(D);F.light=T}return D}function b(_,y,T,k,D,z){if(_.visible===!1)return;if(_.layers.test(D)&&(_.isMesh||_.isLine||_.isPoints)&&(_.castShadow||_.receiveShadow&&z===lr)&&(!_.frustumCulled||_.intersectsFrustum(n))){_.modelViewMatrix.multiplyMatrices(T.matrixWorldInverse,_.matrixWorld);let L=t.update(_),$=_.material;if(Array.isArray($)){let J=L.groups;for(let G=0,ot=J.length;G<ot;G++){let K=J[G],it=$[K.materialIndex];if(it&&it.visible){let rt=A(_,it,k,z);_.onBeforeShadow(i,_,y,T,L,rt,K),i.renderBufferDirect(T,null,L,rt,_,K),_.onAfterShadow(i,_,y,T,L,rt,K)}}}else if($.visible){let J=A(_,$,k,z);_.onBeforeShadow(i,_,y,T,L,J,null),i.renderBufferDirect(T,null,L,J,_,null),_.onAfterShadow(i,_,y,T,L,J,null)}}let q=_.children;for(let L=0,$=q.length;L<$;L++)b(q[L],y,T,k,D,z)}function R(_){_.target.removeEventListener("dispose",R);for(let T in c){let k=c[T],D=_.target.uuid;D in k&&(k[D].dispose(),delete k[D])}}}function m2(i,t){function e(){let U=!1,nt=new Ie,j=null,gt=new Ie(0,0,0,0);return{setMask:function(ht){j!==ht&&!U&&(i.colorMask(ht,ht,ht,ht),j=ht)},setLocked:function(ht){U=ht},setClear:function(ht,pt,Lt,Yt,ct){ct===!0&&(ht*=Yt,pt*=Yt,Lt*=Yt),nt.set(ht,pt,Lt,Yt),gt.equals(nt)===!1&&(i.clearColor(ht,pt,Lt,Yt),gt.copy(nt))},reset:function(){U=!1,j=null,gt.set(-1,0,0,0)}}}function n(){let U=!1,nt=!1,j=null,gt=null,ht=null;return{setReversed:function(pt){if(nt!==pt){let Lt=t.get("EXT_clip_control");pt?Lt.clipControlEXT(Lt.LOWER_LEFT_EXT,Lt.ZERO_TO_ONE_EXT):Lt.clipControlEXT(Lt.LOWER_LEFT_EXT,Lt.NEGATIVE_ONE_TO_ONE_EXT),nt=pt;let Yt=ht;ht=null,this.setClear(Yt)}},getReversed:function(){return nt},setTest:function(pt){pt?dt(i.DEPTH_TEST):Ot(i.DEPTH_TEST)},setMask:function(pt){j!==pt&&!U&&(i.depthMask(pt),j=pt)},setFunc:function(pt){if(nt&&(pt=Tp[pt]),gt!==pt){switch(pt){case ga:i.depthFunc(i.NEVER);break;case xa:i.depthFunc(i.ALWAYS);break;case ya:i.depthFunc(i.LESS);break;case Qs:i.depthFunc(i.LEQUAL);break;case _a:i.depthFunc(i.EQUAL);break;case va:i.depthFunc(i.GEQUAL);break;case wa:i.depthFunc(i.GREATER);break;case Sa:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}gt=pt}},setLocked:function(pt){U=pt},setClear:function(pt){ht!==pt&&(ht=pt,nt&&(pt=1-pt),i.clearDepth(pt))},reset:function(){U=!1,j=null,gt=null,ht=null,nt=!1}}}function s(){let U=!1,nt=null,j=null,gt=null,ht=null,pt=null,Lt=null,Yt=null,ct=null;return{setTest:function(Nt){U||(Nt?dt(i.STENCIL_TEST):Ot(i.STENCIL_TEST))},setMask:function(Nt){nt!==Nt&&!U&&(i.stencilMask(Nt),nt=Nt)},setFunc:function(Nt,$t,Mt){(j!==Nt||gt!==$t||ht!==Mt)&&(i.stencilFunc(Nt,$t,Mt),j=Nt,gt=$t,ht=Mt)},setOp:function(Nt,$t,Mt){(pt!==Nt||Lt!==$t||Yt!==Mt)&&(i.stencilOp(Nt,$t,Mt),pt=Nt,Lt=$t,Yt=Mt)},setLocked:function(Nt){U=Nt},setClear:function(Nt){ct!==Nt&&(i.clearStencil(Nt),ct=Nt)},reset:function(){U=!1,nt=null,j=null,gt=null,ht=null,pt=null,Lt=null,Yt=null,ct=null}}}let r=new e,o=new n,a=new s,l={},c=new WeakMap,h={},u={},f={},d=new WeakMap,g=[],E=null,x=!1,p=null,M=null,A=null,b=null,R=null,_=null,y=null,T=new Jt(0,0,0),k=0,D=!1,z=null,F=null,q=null,L=null,$=null,J=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),G=!1,ot=0,K=i.getParameter(i.VERSION);K.indexOf("WebGL")!==-1?(ot=parseFloat(/^WebGL (\d)/.exec(K)[1]),G=ot>=1):K.indexOf("OpenGL ES")!==-1&&(ot=parseFloat(/^OpenGL ES (\d)/.exec(K)[1]),G=ot>=2);let it=null,rt={},wt=i.getParameter(i.SCISSOR_BOX),Pt=i.getParameter(i.VIEWPORT),Q=new Ie().fromArray(wt),St=new Ie().fromArray(Pt);function At(U,nt,j,gt){let ht=new Uint8Array(4),pt=i.createTexture();i.bindTexture(U,pt),i.texParameteri(U,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(U,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Lt=0;Lt<j;Lt++)U===i.TEXTURE_3D||U===i.TEXTURE_2D_ARRAY?i.texImage3D(nt,0,i.RGBA,1,1,gt,0,i.RGBA,i.UNSIGNED_BYTE,ht):i.texImage2D(nt+Lt,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,ht);return pt}let Ut={};Ut[i.TEXTURE_2D]=At(i.TEXTURE_2D,i.TEXTURE_2D,1),Ut[i.TEXTURE_CUBE_MAP]=At(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),Ut[i.TEXTURE_2D_ARRAY]=At(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),Ut[i.TEXTURE_3D]=At(i.TEXTURE_3D,i.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),a.setClear(0),dt(i.DEPTH_TEST),o.setFunc(Qs),Ze(!1),me(kh),dt(i.CULL_FACE),Me(ms);function dt(U){h[U]!==!0&&(i.enable(U),h[U]=!0)}function Ot(U){h[U]!==!1&&(i.disable(U),h[U]=!1)}function fe(U,nt){return f[U]!==nt?(i.bindFramebuffer(U,nt),f[U]=nt,U===i.DRAW_FRAMEBUFFER&&(f[i.FRAMEBUFFER]=nt),U===i.FRAMEBUFFER&&(f[i.DRAW_FRAMEBUFFER]=nt),!0):!1}function lt(U,nt){let j=g,gt=!1;if(U){j=d.get(nt),j===void 0&&(j=[],d.set(nt,j));let ht=U.textures;if(j.length!==ht.length||j[0]!==i.COLOR_ATTACHMENT0){for(let pt=0,Lt=ht.length;pt<Lt;pt++)j[pt]=i.COLOR_ATTACHMENT0+pt;j.length=ht.length,gt=!0}}else j[0]!==i.BACK&&(j[0]=i.BACK,gt=!0);gt&&i.drawBuffers(j)}function Bt(U){return E!==U?(i.useProgram(U),E=U,!0):!1}let ee={[gs]:i.FUNC_ADD,[Zd]:i.FUNC_SUBTRACT,[Jd]:i.FUNC_REVERSE_SUBTRACT};ee[Kd]=i.MIN,ee[jd]=i.MAX;let Kt={[Qd]:i.ZERO,[tp]:i.ONE,[ep]:i.SRC_COLOR,[Vh]:i.SRC_ALPHA,[ap]:i.SRC_ALPHA_SATURATE,[rp]:i.DST_COLOR,[ip]:i.DST_ALPHA,[np]:i.ONE_MINUS_SRC_COLOR,[Wh]:i.ONE_MINUS_SRC_ALPHA,[op]:i.ONE_MINUS_DST_COLOR,[sp]:i.ONE_MINUS_DST_ALPHA,[lp]:i.CONSTANT_COLOR,[cp]:i.ONE_MINUS_CONSTANT_COLOR,[hp]:i.CONSTANT_ALPHA,[up]:i.ONE_MINUS_CONSTANT_ALPHA};function Me(U,nt,j,gt,ht,pt,Lt,Yt,ct,Nt){if(U===ms){x===!0&&(Ot(i.BLEND),x=!1);return}if(x===!1&&(dt(i.BLEND),x=!0),U!==Yd){if(U!==p||Nt!==D){if((M!==gs||R!==gs)&&(i.blendEquation(i.FUNC_ADD),M=gs,R=gs),Nt)switch(U){case cr:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case zh:i.blendFunc(i.ONE,i.ONE);break;case Gh:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case Hh:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:Vt("WebGLState: Invalid blending: ",U);break}else switch(U){case cr:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case zh:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case Gh:Vt("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Hh:Vt("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Vt("WebGLState: Invalid blending: ",U);break}A=null,b=null,_=null,y=null,T.set(0,0,0),k=0,p=U,D=Nt}return}ht=ht||nt,pt=pt||j,Lt=Lt||gt,(nt!==M||ht!==R)&&(i.blendEquationSeparate(ee[nt],ee[ht]),M=nt,R=ht),(j!==A||gt!==b||pt!==_||Lt!==y)&&(i.blendFuncSeparate(Kt[j],Kt[gt],Kt[pt],Kt[Lt]),A=j,b=gt,_=pt,y=Lt),(Yt.equals(T)===!1||ct!==k)&&(i.blendColor(Yt.r,Yt.g,Yt.b,ct),T.copy(Yt),k=ct),p=U,D=!1}function Te(U,nt){U.side===ni?Ot(i.CULL_FACE):dt(i.CULL_FACE);let j=U.side===fn;nt&&(j=!j),Ze(j),U.blending===cr&&U.transparent===!1?Me(ms):Me(U.blending,U.blendEquation,U.blendSrc,U.blendDst,U.blendEquationAlpha,U.blendSrcAlpha,U.blendDstAlpha,U.blendColor,U.blendAlpha,U.premultipliedAlpha),o.setFunc(U.depthFunc),o.setTest(U.depthTest),o.setMask(U.depthWrite),r.setMask(U.colorWrite);let gt=U.stencilWrite;a.setTest(gt),gt&&(a.setMask(U.stencilWriteMask),a.setFunc(U.stencilFunc,U.stencilRef,U.stencilFuncMask),a.setOp(U.stencilFail,U.stencilZFail,U.stencilZPass)),Ue(U.polygonOffset,U.polygonOffsetFactor,U.polygonOffsetUnits),U.alphaToCoverage===!0?dt(i.SAMPLE_ALPHA_TO_COVERAGE):Ot(i.SAMPLE_ALPHA_TO_COVERAGE)}function Ze(U){z!==U&&(U?i.frontFace(i.CW):i.frontFace(i.CCW),z=U)}function me(U){U!==Xd?(dt(i.CULL_FACE),U!==F&&(U===kh?i.cullFace(i.BACK):U===$d?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):Ot(i.CULL_FACE),F=U}function yn(U){U!==q&&(G&&i.lineWidth(U),q=U)}function Ue(U,nt,j){U?(dt(i.POLYGON_OFFSET_FILL),(L!==nt||$!==j)&&(L=nt,$=j,o.getReversed()&&(nt=-nt,j=-j),i.polygonOffset(nt,j))):Ot(i.POLYGON_OFFSET_FILL)}function an(U){U?dt(i.SCISSOR_TEST):Ot(i.SCISSOR_TEST)}function ln(U){U===void 0&&(U=i.TEXTURE0+J-1),it!==U&&(i.activeTexture(U),it=U)}function De(U,nt,j){j===void 0&&(it===null?j=i.TEXTURE0+J-1:j=it);let gt=rt[j];gt===void 0&&(gt={type:void 0,texture:void 0},rt[j]=gt),(gt.type!==U||gt.texture!==nt)&&(it!==j&&(i.activeTexture(j),it=j),i.bindTexture(U,nt||Ut[U]),gt.type=U,gt.texture=nt)}function B(){let U=rt[it];U!==void 0&&U.type!==void 0&&(i.bindTexture(U.type,null),U.type=void 0,U.texture=void 0)}function zt(){try{i.compressedTexImage2D(...arguments)}catch(U){Vt("WebGLState:",U)}}function Ee(){try{i.compressedTexImage3D(...arguments)}catch(U){Vt("WebGLState:",U)}}function _e(){try{i.texSubImage2D(...arguments)}catch(U){Vt("WebGLState:",U)}}function yt(){try{i.texSubImage3D(...arguments)}catch(U){Vt("WebGLState:",U)}}function Ne(){try{i.compressedTexSubImage2D(...arguments)}catch(U){Vt("WebGLState:",U)}}function Dt(){try{i.compressedTexSubImage3D(...arguments)}catch(U){Vt("WebGLState:",U)}}function Ht(){try{i.texStorage2D(...arguments)}catch(U){Vt("WebGLState:",U)}}function C(){try{i.texStorage3D(...arguments)}catch(U){Vt("WebGLState:",U)}}function v(){try{i.texImage2D(...arguments)}catch(U){Vt("WebGLState:",U)}}function W(){try{i.texImage3D(...arguments)}catch(U){Vt("WebGLState:",U)}}function at(U){return u[U]!==void 0?u[U]:i.getParameter(U)}function st(U,nt){u[U]!==nt&&(i.pixelStorei(U,nt),u[U]=nt)}function mt(U){Q.equals(U)===!1&&(i.scissor(U.x,U.y,U.z,U.w),Q.copy(U))}function _t(U){St.equals(U)===!1&&(i.viewport(U.x,U.y,U.z,U.w),St.copy(U))}function tt(U,nt){let j=c.get(nt);j===void 0&&(j=new WeakMap,c.set(nt,j));let gt=j.get(U);gt===void 0&&(gt=i.getUniformBlockIndex(nt,U.name),i.uniformBlockBinding(nt,gt,gt),j.set(U,gt))}function et(U,nt,j){let ht=c.get(nt).get(U);l[ht]!==j&&(i.bindBufferBase(i.UNIFORM_BUFFER,ht,j),l[ht]=j)}function xt(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),h={},u={},it=null,rt={},f={},l={},d=new WeakMap,g=[],E=null,x=!1,p=null,M=null,A=null,b=null,R=null,_=null,y=null,T=new Jt(0,0,0),k=0,D=!1,z=null,F=null,q=null,L=null,$=null,Q.set(0,0,i.canvas.width,i.canvas.height),St.set(0,0,i.canvas.width,i.canvas.height),r.reset(),o.reset(),a.reset()}return{buffers:{color:r,depth:o,stencil:a},enable:dt,disable:Ot,bindFramebuffer:fe,drawBuffers:lt,useProgram:Bt,setBlending:Me,setMaterial:Te,setFlipSided:Ze,setCullFace:me,setLineWidth:yn,setPolygonOffset:Ue,setScissorTest:an,activeTexture:ln,bindTexture:De,unbindTexture:B,compressedTexImage2D:zt,compressedTexImage3D:Ee,texImage2D:v,texImage3D:W,pixelStorei:st,getParameter:at,updateUBOMapping:tt,uniformBlockBinding:et,texStorage2D:Ht,texStorage3D:C,texSubImage2D:_e,texSubImage3D:yt,compressedTexSubImage2D:Ne,compressedTexSubImage3D:Dt,scissor:mt,viewport:_t,reset:xt}}function g2(i,t,e,n,s,r,o){let a=t.has("WEBGL_multisampled_render_to_texture")?t.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new kt,h=new WeakMap,u=new Set,f,d=new WeakMap,g=new Set,E=new FinalizationRegistry(C=>g.delete(C)),x=!1;try{x=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function p(C,v){return x?new OffscreenCanvas(C,v):Gr("canvas")}function M(C,v,W){let at=1,st=Ht(C);if((st.width>W||st.height>W)&&(at=W/Math.max(st.width,st.height)),at<1)if(typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&C instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&C instanceof ImageBitmap||typeof VideoFrame<"u"&&C instanceof VideoFrame){let mt=Math.floor(at*st.width),_t=Math.floor(at*st.height);f===void 0&&(f=p(mt,_t));let tt=v?p(mt,_t):f;return tt.width=mt,tt.height=_t,tt.getContext("2d").drawImage(C,0,0,mt,_t),Gt("WebGLRenderer: Texture has been resized from ("+st.width+"x"+st.height+") to ("+mt+"x"+_t+")."),tt}else return"data"in C&&Gt("WebGLRenderer: Image in DataTexture is too big ("+st.width+"x"+st.height+")."),C;return C}function A(C){return C.generateMipmaps}function b(C){i.generateMipmap(C)}function R(C){return C.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:C.isWebGL3DRenderTarget?i.TEXTURE_3D:C.isWebGLArrayRenderTarget||C.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function _(C,v,W,at,st,mt=!1){if(C!==null){if(i[C]!==void 0)return i[C];Gt("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+C+"'")}let _t;at&&(_t=t.get("EXT_texture_norm16"),_t||Gt("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let tt=v;if(v===i.RED&&(W===i.FLOAT&&(tt=i.R32F),W===i.HALF_FLOAT&&(tt=i.R16F),W===i.UNSIGNED_BYTE&&(tt=i.R8),W===i.UNSIGNED_SHORT&&_t&&(tt=_t.R16_EXT),W===i.SHORT&&_t&&(tt=_t.R16_SNORM_EXT)),v===i.RED_INTEGER&&(W===i.UNSIGNED_BYTE&&(tt=i.R8UI),W===i.UNSIGNED_SHORT&&(tt=i.R16UI),W===i.UNSIGNED_INT&&(tt=i.R32UI),W===i.BYTE&&(tt=i.R8I),W===i.SHORT&&(tt=i.R16I),W===i.INT&&(tt=i.R32I)),v===i.RG&&(W===i.FLOAT&&(tt=i.RG32F),W===i.HALF_FLOAT&&(tt=i.RG16F),W===i.UNSIGNED_BYTE&&(tt=i.RG8),W===i.UNSIGNED_SHORT&&_t&&(tt=_t.RG16_EXT),W===i.SHORT&&_t&&(tt=_t.RG16_SNORM_EXT)),v===i.RG_INTEGER&&(W===i.UNSIGNED_BYTE&&(tt=i.RG8UI),W===i.UNSIGNED_SHORT&&(tt=i.RG16UI),W===i.UNSIGNED_INT&&(tt=i.RG32UI),W===i.BYTE&&(tt=i.RG8I),W===i.SHORT&&(tt=i.RG16I),W===i.INT&&(tt=i.RG32I)),v===i.RGB_INTEGER&&(W===i.UNSIGNED_BYTE&&(tt=i.RGB8UI),W===i.UNSIGNED_SHORT&&(tt=i.RGB16UI),W===i.UNSIGNED_INT&&(tt=i.RGB32UI),W===i.BYTE&&(tt=i.RGB8I),W===i.SHORT&&(tt=i.RGB16I),W===i.INT&&(tt=i.RGB32I)),v===i.RGBA_INTEGER&&(W===i.UNSIGNED_BYTE&&(tt=i.RGBA8UI),W===i.UNSIGNED_SHORT&&(tt=i.RGBA16UI),W===i.UNSIGNED_INT&&(tt=i.RGBA32UI),W===i.BYTE&&(tt=i.RGBA8I),W===i.SHORT&&(tt=i.RGBA16I),W===i.INT&&(tt=i.RGBA32I)),v===i.RGB&&(W===i.UNSIGNED_SHORT&&_t&&(tt=_t.RGB16_EXT),W===i.SHORT&&_t&&(tt=_t.RGB16_SNORM_EXT),W===i.UNSIGNED_INT_5_9_9_9_REV&&(tt=i.RGB9_E5),W===i.UNSIGNED_INT_10F_11F_11F_REV&&(tt=i.R11F_G11F_B10F)),v===i.RGBA){let et=mt?zr:ce.getTransfer(st);W===i.FLOAT&&(tt=i.RGBA32F),W===i.HALF_FLOAT&&(tt=i.RGBA16F),W===i.UNSIGNED_BYTE&&(tt=et===ye?i.SRGB8_ALPHA8:i.RGBA8),W===i.UNSIGNED_SHORT&&_t&&(tt=_t.RGBA16_EXT),W===i.SHORT&&_t&&(tt=_t.RGBA16_SNORM_EXT),W===i.UNSIGNED_SHORT_4_4_4_4&&(tt=i.RGBA4),W===i.UNSIGNED_SHORT_5_5_5_1&&(tt=i.RGB5_A1)}return(tt===i.R16F||tt===i.R32F||tt===i.RG16F||tt===i.RG32F||tt===i.RGBA16F||tt===i.RGBA32F)&&t.get("EXT_color_buffer_float"),tt}function y(C,v){let W;return C?v===null||v===Vn||v===ys?W=i.DEPTH24_STENCIL8:v===Wn?W=i.DEPTH32F_STENCIL8:v===ur&&(W=i.DEPTH24_STENCIL8,Gt("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):v===null||v===Vn||v===ys?W=i.DEPTH_COMPONENT24:v===Wn?W=i.DEPTH_COMPONENT32F:v===ur&&(W=i.DEPTH_COMPONENT16),W}function T(C,v){return A(C)===!0||C.isFramebufferTexture&&C.minFilter!==qe&&C.minFilter!==hn?Math.log2(Math.max(v.width,v.height))+1:C.mipmaps.length>0?C.mipmaps.length:C.isCompressedTexture&&Array.isArray(C.image)?v.mipmaps.length:1}function k(C){let v=new WeakRef(C);n.get(C).__ref=v,g.add(v),E.register(C,v,v)}function D(C){let v=n.get(C).__ref;v!==void 0&&(g.delete(v),E.unregister(v))}function z(C){q(C.target)}function F(C){L(C.target)}function q(C){C.removeEventListener("dispose",z),D(C),J(C),C.isVideoTexture&&h.delete(C),C.isHTMLTexture&&u.delete(C)}function L(C){C.removeEventListener("dispose",F),D(C),ot(C)}function $(){for(let C of g){let v=C.deref();v!==void 0&&(v.isRenderTarget===!0?L(v):q(v))}g.clear(),u.clear()}function J(C){let v=n.get(C);if(v.__webglInit===void 0)return;let W=C.source,at=d.get(W);if(at){let st=at[v.__cacheKey];st.usedTimes--,st.usedTimes===0&&G(C),Object.keys(at).length===0&&d.delete(W)}n.remove(C)}function G(C){let v=n.get(C);i.deleteTexture(v.__webglTexture);let W=C.source,at=d.get(W);delete at[v.__cacheKey],o.memory.textures--}function ot(C){let v=n.get(C);v.__depthDisposeCallback&&v.__depthDisposeCallback();let W=C.depthTexture;if(W&&W.renderTarget===C&&q(W),C.isWebGLCubeRenderTarget)for(let st=0;st<6;st++){if(Array.isArray(v.__webglFramebuffer[st]))for(let mt=0;mt<v.__webglFramebuffer[st].length;mt++)i.deleteFramebuffer(v.__webglFramebuffer[st][mt]);else i.deleteFramebuffer(v.__webglFramebuffer[st]);v.__webglDepthbuffer&&i.deleteRenderbuffer(v.__webglDepthbuffer[st])}else{if(Array.isArray(v.__webglFramebuffer))for(let st=0;st<v.__webglFramebuffer.length;st++)i.deleteFramebuffer(v.__webglFramebuffer[st]);else i.deleteFramebuffer(v.__webglFramebuffer);if(v.__webglDepthbuffer&&i.deleteRenderbuffer(v.__webglDepthbuffer),v.__webglMultisampledFramebuffer&&i.deleteFramebuffer(v.__webglMultisampledFramebuffer),v.__webglColorRenderbuffer)for(let st=0;st<v.__webglColorRenderbuffer.length;st++)v.__webglColorRenderbuffer[st]&&i.deleteRenderbuffer(v.__webglColorRenderbuffer[st]);v.__webglDepthRenderbuffer&&i.deleteRenderbuffer(v.__webglDepthRenderbuffer)}let at=C.textures;for(let st=0,mt=at.length;st<mt;st++){let _t=n.get(at[st]);_t.__webglTexture&&(i.deleteTexture(_t.__webglTexture),o.memory.textures--),n.remove(at[st])}n.remove(C)}let K=0;function it(){K=0}function rt(){return K}function wt(C){K=C}function Pt(){let C=K;return C>=s.maxTextures&&Gt("WebGLTextures: Trying to use "+(C+1)+" texture units while this GPU supports only "+s.maxTextures),K+=1,C}function Q(C){let v=[];return v.push(C.wrapS),v.push(C.wrapT),v.push(C.wrapR||0),v.push(C.magFilter),v.push(C.minFilter),v.push(C.anisotropy),v.push(C.internalFormat),v.push(C.format),v.push(C.type),v.push(C.generateMipmaps),v.push(C.mipmapsAutoUpdate),v.push(C.premultiplyAlpha),v.push(C.flipY),v.push(C.unpackAlignment),v.push(C.colorSpace),v.join()}function St(C,v){let W=n.get(C);if(C.isVideoTexture&&Ne(C),C.isRenderTargetTexture===!1&&C.isExternalTexture!==!0&&C.version>0&&W.__version!==C.version){let at=C.image;if(at===null)Gt("WebGLRenderer: Texture marked for update but no image data found.");else if(at.complete===!1)Gt("WebGLRenderer: Texture marked for update but image is incomplete");else{Te(W,C,v);return}}else C.isExternalTexture&&(W.__webglTexture=C.sourceTexture?C.sourceTexture:null);e.bindTexture(i.TEXTURE_2D,W.__webglTexture,i.TEXTURE0+v)}function At(C,v){let W=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&W.__version!==C.version){Te(W,C,v);return}else C.isExternalTexture&&(W.__webglTexture=C.sourceTexture?C.sourceTexture:null);e.bindTexture(i.TEXTURE_2D_ARRAY,W.__webglTexture,i.TEXTURE0+v)}function Ut(C,v){let W=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&W.__version!==C.version){Te(W,C,v);return}e.bindTexture(i.TEXTURE_3D,W.__webglTexture,i.TEXTURE0+v)}function dt(C,v){let W=n.get(C);if(C.version>0&&W.__version!==C.version){Ze(W,C,v);return}e.bindTexture(i.TEXTURE_CUBE_MAP,W.__webglTexture,i.TEXTURE0+v)}let Ot={[Ma]:i.REPEAT,[jn]:i.CLAMP_TO_EDGE,[ba]:i.MIRRORED_REPEAT},fe={[qe]:i.NEAREST,[pp]:i.NEAREST_MIPMAP_NEAREST,[no]:i.NEAREST_MIPMAP_LINEAR,[hn]:i.LINEAR,[il]:i.LINEAR_MIPMAP_NEAREST,[bi]:i.LINEAR_MIPMAP_LINEAR},lt={[yp]:i.NEVER,[cu]:i.ALWAYS,[_p]:i.LESS,[au]:i.LEQUAL,[vp]:i.EQUAL,[lu]:i.GEQUAL,[wp]:i.GREATER,[Sp]:i.NOTEQUAL};function Bt(C,v){if(v.type===Wn&&t.has("OES_texture_float_linear")===!1&&(v.magFilter===hn||v.magFilter===il||v.magFilter===no||v.magFilter===bi||v.minFilter===hn||v.minFilter===il||v.minFilter===no||v.minFilter===bi)&&Gt("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(C,i.TEXTURE_WRAP_S,Ot[v.wrapS]),i.texParameteri(C,i.TEXTURE_WRAP_T,Ot[v.wrapT]),(C===i.TEXTURE_3D||C===i.TEXTURE_2D_ARRAY)&&i.texParameteri(C,i.TEXTURE_WRAP_R,Ot[v.wrapR]),i.texParameteri(C,i.TEXTURE_MAG_FILTER,fe[v.magFilter]),i.texParameteri(C,i.TEXTURE_MIN_FILTER,fe[v.minFilter]),v.compareFunction&&(i.texParameteri(C,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(C,i.TEXTURE_COMPARE_FUNC,lt[v.compareFunction])),t.has("EXT_texture_filter_anisotropic")===!0){if(v.magFilter===qe||v.minFilter!==no&&v.minFilter!==bi||v.type===Wn&&t.has("OES_texture_float_linear")===!1)return;if(v.anisotropy>1||n.get(v).__currentAnisotropy){let W=t.get("EXT_texture_filter_anisotropic");i.texParameterf(C,W.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(v.anisotropy,s.getMaxAnisotropy())),n.get(v).__currentAnisotropy=v.anisotropy}}}function ee(C,v){let W=!1;C.__webglInit===void 0&&(C.__webglInit=!0,v.addEventListener("dispose",z),k(v));let at=v.source,st=d.get(at);st===void 0&&(st={},d.set(at,st));let mt=Q(v);if(mt!==C.__cacheKey){st[mt]===void 0&&(st[mt]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,W=!0),st[mt].usedTimes++;let _t=st[C.__cacheKey];_t!==void 0&&(st[C.__cacheKey].usedTimes--,_t.usedTimes===0&&G(v)),C.__cacheKey=mt,C.__webglTexture=st[mt].texture}return W}function Kt(C,v,W){return Math.floor(Math.floor(C/W)/v)}function Me(C,v,W,at){let mt=C.updateRanges;if(mt.length===0)e.texSubImage2D(i.TEXTURE_2D,0,0,0,v.width,v.height,W,at,v.data);else{mt.sort((U,nt)=>U.start-nt.start);let _t=0;for(let U=1;U<mt.length;U++){let nt=mt[_t],j=mt[U],gt=nt.start+nt.count,ht=Kt(j.start,v.width,4),pt=Kt(nt.start,v.width,4);j.start<=gt+1&&ht===pt&&Kt(j.start+j.count-1,v.width,4)===ht?nt.count=Math.max(nt.count,j.start+j.count-nt.start):(++_t,mt[_t]=j)}mt.length=_t+1;let tt=e.getParameter(i.UNPACK_ROW_LENGTH),et=e.getParameter(i.UNPACK_SKIP_PIXELS),xt=e.getParameter(i.UNPACK_SKIP_ROWS);e.pixelStorei(i.UNPACK_ROW_LENGTH,v.width);for(let U=0,nt=mt.length;U<nt;U++){let j=mt[U],gt=Math.floor(j.start/4),ht=Math.ceil(j.count/4),pt=gt%v.width,Lt=Math.floor(gt/v.width),Yt=ht,ct=1;e.pixelStorei(i.UNPACK_SKIP_PIXELS,pt),e.pixelStorei(i.UNPACK_SKIP_ROWS,Lt),e.texSubImage2D(i.TEXTURE_2D,0,pt,Lt,Yt,ct,W,at,v.data)}C.clearUpdateRanges(),e.pixelStorei(i.UNPACK_ROW_LENGTH,tt),e.pixelStorei(i.UNPACK_SKIP_PIXELS,et),e.pixelStorei(i.UNPACK_SKIP_ROWS,xt)}}function Te(C,v,W){let at=i.TEXTURE_2D;(v.isDataArrayTexture||v.isCompressedArrayTexture)&&(at=i.TEXTURE_2D_ARRAY),v.isData3DTexture&&(at=i.TEXTURE_3D);let st=ee(C,v),mt=v.source;e.bindTexture(at,C.__webglTexture,i.TEXTURE0+W);let _t=n.get(mt);if(mt.version!==_t.__version||st===!0){if(e.activeTexture(i.TEXTURE0+W),(typeof ImageBitmap<"u"&&v.image instanceof ImageBitmap)===!1){let ct=ce.getPrimaries(ce.workingColorSpace),Nt=v.colorSpace===Ai?null:ce.getPrimaries(v.colorSpace),$t=v.colorSpace===Ai||ct===Nt?i.NONE:i.BROWSER_DEFAULT_WEBGL;e.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,v.flipY),e.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,v.premultiplyAlpha),e.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,$t)}e.pixelStorei(i.UNPACK_ALIGNMENT,v.unpackAlignment);let et=M(v.image,!1,s.maxTextureSize);et=Dt(v,et);let xt=r.convert(v.format,v.colorSpace),U=r.convert(v.type),nt=_(v.internalFormat,xt,U,v.normalized,v.colorSpace,v.isVideoTexture);Bt(at,v);let j,gt=v.mipmaps,ht=v.isVideoTexture!==!0,pt=_t.__version===void 0||st===!0,Lt=mt.dataReady,Yt=T(v,et);if(v.isDepthTexture)nt=y(v.format===Ei,v.type),pt&&(ht?e.texStorage2D(i.TEXTURE_2D,1,nt,et.width,et.height):e.texImage2D(i.TEXTURE_2D,0,nt,et.width,et.height,0,xt,U,null));else if(v.isDataTexture)if(gt.length>0){ht&&pt&&e.texStorage2D(i.TEXTURE_2D,Yt,nt,gt[0].width,gt[0].height);for(let ct=0,Nt=gt.length;ct<Nt;ct++)j=gt[ct],ht?Lt&&e.texSubImage2D(i.TEXTURE_2D,ct,0,0,j.width,j.height,xt,U,j.data):e.texImage2D(i.TEXTURE_2D,ct,nt,j.width,j.height,0,xt,U,j.data);v.generateMipmaps=!1}else ht?(pt&&e.texStorage2D(i.TEXTURE_2D,Yt,nt,et.width,et.height),Lt&&Me(v,et,xt,U)):e.texImage2D(i.TEXTURE_2D,0,nt,et.width,et.height,0,xt,U,et.data);else if(v.isCompressedTexture)if(v.isCompressedArrayTexture){ht&&pt&&e.texStorage3D(i.TEXTURE_2D_ARRAY,Yt,nt,gt[0].width,gt[0].height,et.depth);for(let ct=0,Nt=gt.length;ct<Nt;ct++)if(j=gt[ct],v.format!==$n)if(xt!==null)if(ht){if(Lt)if(v.layerUpdates.size>0){let $t=xu(j.width,j.height,v.format,v.type);for(let Mt of v.layerUpdates){let pe=j.data.subarray(Mt*$t/j.data.BYTES_PER_ELEMENT,(Mt+1)*$t/j.data.BYTES_PER_ELEMENT);e.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ct,0,0,Mt,j.width,j.height,1,xt,pe)}}else e.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ct,0,0,0,j.width,j.height,et.depth,xt,j.data)}else e.compressedTexImage3D(i.TEXTURE_2D_ARRAY,ct,nt,j.width,j.height,et.depth,0,j.data,0,0);else Gt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else ht?Lt&&e.texSubImage3D(i.TEXTURE_2D_ARRAY,ct,0,0,0,j.width,j.height,et.depth,xt,U,j.data):e.texImage3D(i.TEXTURE_2D_ARRAY,ct,nt,j.width,j.height,et.depth,0,xt,U,j.data);v.layerUpdates.size>0&&v.clearLayerUpdates()}else{ht&&pt&&e.texStorage2D(i.TEXTURE_2D,Yt,nt,gt[0].width,gt[0].height);for(let ct=0,Nt=gt.length;ct<Nt;ct++)j=gt[ct],v.format!==$n?xt!==null?ht?Lt&&e.compressedTexSubImage2D(i.TEXTURE_2D,ct,0,0,j.width,j.height,xt,j.data):e.compressedTexImage2D(i.TEXTURE_2D,ct,nt,j.width,j.height,0,j.data):Gt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):ht?Lt&&e.texSubImage2D(i.TEXTURE_2D,ct,0,0,j.width,j.height,xt,U,j.data):e.texImage2D(i.TEXTURE_2D,ct,nt,j.width,j.height,0,xt,U,j.data)}else if(v.isDataArrayTexture)if(ht){if(pt&&e.texStorage3D(i.TEXTURE_2D_ARRAY,Yt,nt,et.width,et.height,et.depth),Lt)if(v.layerUpdates.size>0){let ct=xu(et.width,et.height,v.format,v.type);for(let Nt of v.layerUpdates){let $t=et.data.subarray(Nt*ct/et.data.BYTES_PER_ELEMENT,(Nt+1)*ct/et.data.BYTES_PER_ELEMENT);e.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Nt,et.width,et.height,1,xt,U,$t)}v.clearLayerUpdates()}else e.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,et.width,et.height,et.depth,xt,U,et.data)}else e.texImage3D(i.TEXTURE_2D_ARRAY,0,nt,et.width,et.height,et.depth,0,xt,U,et.data);else if(v.isData3DTexture)ht?(pt&&e.texStorage3D(i.TEXTURE_3D,Yt,nt,et.width,et.height,et.depth),Lt&&e.texSubImage3D(i.TEXTURE_3D,0,0,0,0,et.width,et.height,et.depth,xt,U,et.data)):e.texImage3D(i.TEXTURE_3D,0,nt,et.width,et.height,et.depth,0,xt,U,et.data);else if(v.isFramebufferTexture){if(pt)if(ht)e.texStorage2D(i.TEXTURE_2D,Yt,nt,et.width,et.height);else{let ct=et.width,Nt=et.height;for(let $t=0;$t<Yt;$t++)e.texImage2D(i.TEXTURE_2D,$t,nt,ct,Nt,0,xt,U,null),ct>>=1,Nt>>=1}}else if(v.isHTMLTexture){if("texElementImage2D"in i){let ct=i.canvas;if(ct.hasAttribute("layoutsubtree")||ct.setAttribute("layoutsubtree","true"),et.parentNode!==ct){ct.appendChild(et),u.add(v),ct.onpaint=Nt=>{let $t=Nt.changedElements;for(let Mt of u)$t.includes(Mt.image)&&(Mt.needsUpdate=!0)},ct.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,et);else{let $t=i.RGBA,Mt=i.RGBA,pe=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,$t,Mt,pe,et)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(gt.length>0){if(ht&&pt){let ct=Ht(gt[0]);e.texStorage2D(i.TEXTURE_2D,Yt,nt,ct.width,ct.height)}for(let ct=0,Nt=gt.length;ct<Nt;ct++)j=gt[ct],ht?Lt&&e.texSubImage2D(i.TEXTURE_2D,ct,0,0,xt,U,j):e.texImage2D(i.TEXTURE_2D,ct,nt,xt,U,j);v.generateMipmaps=!1}else if(ht){if(pt){let ct=Ht(et);e.texStorage2D(i.TEXTURE_2D,Yt,nt,ct.width,ct.height)}Lt&&e.texSubImage2D(i.TEXTURE_2D,0,0,0,xt,U,et)}else e.texImage2D(i.TEXTURE_2D,0,nt,xt,U,et);A(v)&&v.mipmapsAutoUpdate===!0&&b(at),_t.__version=mt.version,v.onUpdate&&v.onUpdate(v)}C.__version=v.version}function Ze(C,v,W){if(v.image.length!==6)return;let at=ee(C,v),st=v.source;e.bindTexture(i.TEXTURE_CUBE_MAP,C.__webglTexture,i.TEXTURE0+W);let mt=n.get(st);if(st.version!==mt.__version||at===!0){e.activeTexture(i.TEXTURE0+W);let _t=ce.getPrimaries(ce.workingColorSpace),tt=v.colorSpace===Ai?null:ce.getPrimaries(v.colorSpace),et=v.colorSpace===Ai||_t===tt?i.NONE:i.BROWSER_DEFAULT_WEBGL;e.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,v.flipY),e.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,v.premultiplyAlpha),e.pixelStorei(i.UNPACK_ALIGNMENT,v.unpackAlignment),e.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,et);let xt=v.isCompressedTexture||v.image[0].isCompressedTexture,U=v.image[0]&&v.image[0].isDataTexture,nt=[];for(let Mt=0;Mt<6;Mt++)!xt&&!U?nt[Mt]=M(v.image[Mt],!0,s.maxCubemapSize):nt[Mt]=U?v.image[Mt].image:v.image[Mt],nt[Mt]=Dt(v,nt[Mt]);let j=nt[0],gt=r.convert(v.format,v.colorSpace),ht=r.convert(v.type),pt=_(v.internalFormat,gt,ht,v.normalized,v.colorSpace),Lt=v.isVideoTexture!==!0,Yt=mt.__version===void 0||at===!0,ct=st.dataReady,Nt=T(v,j);Bt(i.TEXTURE_CUBE_MAP,v);let $t;if(v.isDepthTexture){if(pt=y(v.format===Ei,v.type),Yt)if(Lt)e.texStorage2D(i.TEXTURE_CUBE_MAP,1,pt,j.width,j.height);else for(let Mt=0;Mt<6;Mt++)e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,0,pt,j.width,j.height,0,gt,ht,null)}else if(xt){Lt&&Yt&&e.texStorage2D(i.TEXTURE_CUBE_MAP,Nt,pt,j.width,j.height);for(let Mt=0;Mt<6;Mt++){$t=nt[Mt].mipmaps;for(let pe=0;pe<$t.length;pe++){let Fe=$t[pe];v.format!==$n?gt!==null?Lt?ct&&e.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe,0,0,Fe.width,Fe.height,gt,Fe.data):e.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe,pt,Fe.width,Fe.height,0,Fe.data):Gt("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Lt?ct&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe,0,0,Fe.width,Fe.height,gt,ht,Fe.data):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe,pt,Fe.width,Fe.height,0,gt,ht,Fe.data)}}}else{if($t=v.mipmaps,Lt&&Yt){$t.length>0&&Nt++;let Mt=Ht(nt[0]);e.texStorage2D(i.TEXTURE_CUBE_MAP,Nt,pt,Mt.width,Mt.height)}for(let Mt=0;Mt<6;Mt++)if(U){Lt?ct&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,0,0,0,nt[Mt].width,nt[Mt].height,gt,ht,nt[Mt].data):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,0,pt,nt[Mt].width,nt[Mt].height,0,gt,ht,nt[Mt].data);for(let pe=0;pe<$t.length;pe++){let On=$t[pe].image[Mt].image;Lt?ct&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe+1,0,0,On.width,On.height,gt,ht,On.data):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe+1,pt,On.width,On.height,0,gt,ht,On.data)}}else{Lt?ct&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,0,0,0,gt,ht,nt[Mt]):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,0,pt,gt,ht,nt[Mt]);for(let pe=0;pe<$t.length;pe++){let Fe=$t[pe];Lt?ct&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe+1,0,0,gt,ht,Fe.image[Mt]):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+Mt,pe+1,pt,gt,ht,Fe.image[Mt])}}}A(v)&&v.mipmapsAutoUpdate===!0&&b(i.TEXTURE_CUBE_MAP),mt.__version=st.version,v.onUpdate&&v.onUpdate(v)}C.__version=v.version}function me(C,v,W,at,st,mt){let _t=r.convert(W.format,W.colorSpace),tt=r.convert(W.type),et=_(W.internalFormat,_t,tt,W.normalized,W.colorSpace),xt=n.get(v),U=n.get(W);if(U.__renderTarget=v,!xt.__hasExternalTextures){let nt=Math.max(1,v.width>>mt),j=Math.max(1,v.height>>mt);st===i.TEXTURE_3D||st===i.TEXTURE_2D_ARRAY?e.texImage3D(st,mt,et,nt,j,v.depth,0,_t,tt,null):e.texImage2D(st,mt,et,nt,j,0,_t,tt,null)}e.bindFramebuffer(i.FRAMEBUFFER,C),yt(v)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,at,st,U.__webglTexture,0,_e(v)):(st===i.TEXTURE_2D||st>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&st<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,at,st,U.__webglTexture,mt),e.bindFramebuffer(i.FRAMEBUFFER,null)}function yn(C,v,W){if(i.bindRenderbuffer(i.RENDERBUFFER,C),v.depthBuffer){let at=v.depthTexture,st=at&&at.isDepthTexture?at.type:null,mt=y(v.stencilBuffer,st),_t=v.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;yt(v)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,_e(v),mt,v.width,v.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,_e(v),mt,v.width,v.height):i.renderbufferStorage(i.RENDERBUFFER,mt,v.width,v.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,_t,i.RENDERBUFFER,C)}else{let at=v.textures;for(let st=0;st<at.length;st++){let mt=at[st],_t=r.convert(mt.format,mt.colorSpace),tt=r.convert(mt.type),et=_(mt.internalFormat,_t,tt,mt.normalized,mt.colorSpace);yt(v)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,_e(v),et,v.width,v.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,_e(v),et,v.width,v.height):i.renderbufferStorage(i.RENDERBUFFER,et,v.width,v.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function Ue(C,v,W){let at=v.isWebGLCubeRenderTarget===!0;if(e.bindFramebuffer(i.FRAMEBUFFER,C),!(v.depthTexture&&v.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let st=n.get(v.depthTexture);st.__renderTarget=v;let mt=at?v.depthTexture.image[0]:v.depthTexture.image;(!st.__webglTexture||mt.width!==v.width||mt.height!==v.height)&&(mt.width=v.width,mt.height=v.height,v.depthTexture.needsUpdate=!0),at?dt(v.depthTexture,0):St(v.depthTexture,0);let _t=st.__webglTexture,tt=_e(v),et=at?i.TEXTURE_CUBE_MAP_POSITIVE_X+W:i.TEXTURE_2D,xt=v.depthTexture.format===Ei?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(v.depthTexture.format===_i)yt(v)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,xt,et,_t,0,tt):i.framebufferTexture2D(i.FRAMEBUFFER,xt,et,_t,0);else if(v.depthTexture.format===Ei)yt(v)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,xt,et,_t,0,tt):i.framebufferTexture2D(i.FRAMEBUFFER,xt,et,_t,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function an(C){let v=n.get(C),W=C.isWebGLCubeRenderTarget===!0;if(v.__boundDepthTexture!==C.depthTexture){let at=C.depthTexture;if(v.__depthDisposeCallback&&v.__depthDisposeCallback(),at){let st=()=>{delete v.__boundDepthTexture,delete v.__depthDisposeCallback,at.removeEventListener("dispose",st)};at.addEventListener("dispose",st),v.__depthDisposeCallback=st}v.__boundDepthTexture=at}if(C.depthTexture&&!v.__autoAllocateDepthBuffer)if(W)for(let at=0;at<6;at++)Ue(v.__webglFramebuffer[at],C,at);else C.texture.mipmaps.length>0?Ue(v.__webglFramebuffer[0],C,0):Ue(v.__webglFramebuffer,C,0);else if(W){v.__webglDepthbuffer=[];for(let at=0;at<6;at++)if(e.bindFramebuffer(i.FRAMEBUFFER,v.__webglFramebuffer[at]),v.__webglDepthbuffer[at]===void 0)v.__webglDepthbuffer[at]=i.createRenderbuffer(),yn(v.__webglDepthbuffer[at],C,!1);else{let st=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,mt=v.__webglDepthbuffer[at];i.bindRenderbuffer(i.RENDERBUFFER,mt),i.framebufferRenderbuffer(i.FRAMEBUFFER,st,i.RENDERBUFFER,mt)}}else if(C.texture.mipmaps.length>0?e.bindFramebuffer(i.FRAMEBUFFER,v.__webglFramebuffer[0]):e.bindFramebuffer(i.FRAMEBUFFER,v.__webglFramebuffer),v.__webglDepthbuffer===void 0)v.__webglDepthbuffer=i.createRenderbuffer(),yn(v.__webglDepthbuffer,C,!1);else{let st=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,mt=v.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,mt),i.framebufferRenderbuffer(i.FRAMEBUFFER,st,i.RENDERBUFFER,mt)}e.bindFramebuffer(i.FRAMEBUFFER,null)}function ln(C,v,W){let at=n.get(C);v!==void 0&&me(at.__webglFramebuffer,C,C.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),W!==void 0&&an(C)}function De(C){let v=C.texture,W=n.get(C),at=n.get(v);C.addEventListener("dispose",F),k(C);let st=C.textures,mt=C.isWebGLCubeRenderTarget===!0,_t=st.length>1;if(_t||(at.__webglTexture===void 0&&(at.__webglTexture=i.createTexture()),at.__version=v.version,o.memory.textures++),mt){W.__webglFramebuffer=[];for(let tt=0;tt<6;tt++)if(v.mipmaps.length>0){W.__webglFramebuffer[tt]=[];for(let et=0;et<v.mipmaps.length;et++)W.__webglFramebuffer[tt][et]=i.createFramebuffer()}else W.__webglFramebuffer[tt]=i.createFramebuffer()}else{if(v.mipmaps.length>0){W.__webglFramebuffer=[];for(let tt=0;tt<v.mipmaps.length;tt++)W.__webglFramebuffer[tt]=i.createFramebuffer()}else W.__webglFramebuffer=i.createFramebuffer();if(_t)for(let tt=0,et=st.length;tt<et;tt++){let xt=n.get(st[tt]);xt.__webglTexture===void 0&&(xt.__webglTexture=i.createTexture(),o.memory.textures++)}if(C.samples>0&&yt(C)===!1){W.__webglMultisampledFramebuffer=i.createFramebuffer(),W.__webglColorRenderbuffer=[],e.bindFramebuffer(i.FRAMEBUFFER,W.__webglMultisampledFramebuffer);for(let tt=0;tt<st.length;tt++){let et=st[tt];W.__webglColorRenderbuffer[tt]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,W.__webglColorRenderbuffer[tt]);let xt=r.convert(et.format,et.colorSpace),U=r.convert(et.type),nt=_(et.internalFormat,xt,U,et.normalized,et.colorSpace,C.isXRRenderTarget===!0),j=_e(C);i.renderbufferStorageMultisample(i.RENDERBUFFER,j,nt,C.width,C.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+tt,i.RENDERBUFFER,W.__webglColorRenderbuffer[tt])}i.bindRenderbuffer(i.RENDERBUFFER,null),C.depthBuffer&&(W.__webglDepthRenderbuffer=i.createRenderbuffer(),yn(W.__webglDepthRenderbuffer,C,!0)),e.bindFramebuffer(i.FRAMEBUFFER,null)}}if(mt){e.bindTexture(i.TEXTURE_CUBE_MAP,at.__webglTexture),Bt(i.TEXTURE_CUBE_MAP,v);for(let tt=0;tt<6;tt++)if(v.mipmaps.length>0)for(let et=0;et<v.mipmaps.length;et++)me(W.__webglFramebuffer[tt][et],C,v,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+tt,et);else me(W.__webglFramebuffer[tt],C,v,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+tt,0);A(v)?b(i.TEXTURE_CUBE_MAP):v.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,v.mipmaps.length-1),e.unbindTexture()}else if(_t){for(let tt=0,et=st.length;tt<et;tt++){let xt=st[tt],U=n.get(xt),nt=i.TEXTURE_2D;(C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(nt=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),e.bindTexture(nt,U.__webglTexture),Bt(nt,xt),me(W.__webglFramebuffer,C,xt,i.COLOR_ATTACHMENT0+tt,nt,0),A(xt)&&b(nt)}e.unbindTexture()}else{let tt=i.TEXTURE_2D;if((C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(tt=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),e.bindTexture(tt,at.__webglTexture),Bt(tt,v),v.mipmaps.length>0)for(let et=0;et<v.mipmaps.length;et++)me(W.__webglFramebuffer[et],C,v,i.COLOR_ATTACHMENT0,tt,et);else me(W.__webglFramebuffer,C,v,i.COLOR_ATTACHMENT0,tt,0);A(v)?b(tt):v.mipmaps.length>0&&i.texParameteri(tt,i.TEXTURE_MAX_LEVEL,v.mipmaps.length-1),e.unbindTexture()}C.depthBuffer&&an(C)}function B(C){let v=C.textures;for(let W=0,at=v.length;W<at;W++){let st=v[W];if(A(st)&&st.mipmapsAutoUpdate===!0){let mt=R(C),_t=n.get(st).__webglTexture;e.bindTexture(mt,_t),b(mt),e.unbindTexture()}}}let zt=[];function Ee(C){if(C.samples>0){if(yt(C)===!1){let v=C.textures,W=C.width,at=C.height,st=i.COLOR_BUFFER_BIT,mt=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,_t=n.get(C),tt=v.length>1;if(tt)for(let xt=0;xt<v.length;xt++)e.bindFramebuffer(i.FRAMEBUFFER,_t.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+xt,i.RENDERBUFFER,null),e.bindFramebuffer(i.FRAMEBUFFER,_t.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+xt,i.TEXTURE_2D,null,0);e.bindFramebuffer(i.READ_FRAMEBUFFER,_t.__webglMultisampledFramebuffer),C.texture.mipmaps.length>0?e.bindFramebuffer(i.DRAW_FRAMEBUFFER,_t.__webglFramebuffer[0]):e.bindFramebuffer(i.DRAW_FRAMEBUFFER,_t.__webglFramebuffer);for(let xt=0;xt<v.length;xt++){if(C.resolveDepthBuffer&&(C.depthBuffer&&(st|=i.DEPTH_BUFFER_BIT),C.stencilBuffer&&C.resolveStencilBuffer&&(st|=i.STENCIL_BUFFER_BIT)),tt){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,_t.__webglColorRenderbuffer[xt]);let U=n.get(v[xt]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,U,0)}i.blitFramebuffer(0,0,W,at,0,0,W,at,st,i.NEAREST),l===!0&&(zt.length=0,zt.push(i.COLOR_ATTACHMENT0+xt),C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&zt.push(mt),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,zt))}if(e.bindFramebuffer(i.READ_FRAMEBUFFER,null),e.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),tt)for(let xt=0;xt<v.length;xt++){e.bindFramebuffer(i.FRAMEBUFFER,_t.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+xt,i.RENDERBUFFER,_t.__webglColorRenderbuffer[xt]);let U=n.get(v[xt]).__webglTexture;e.bindFramebuffer(i.FRAMEBUFFER,_t.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+xt,i.TEXTURE_2D,U,0)}e.bindFramebuffer(i.DRAW_FRAMEBUFFER,_t.__webglMultisampledFramebuffer)}else if(C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&l){let v=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[v])}}}function _e(C){return Math.min(s.maxSamples,C.samples)}function yt(C){let v=n.get(C);return C.samples>0&&t.has("WEBGL_multisampled_render_to_texture")===!0&&v.__useRenderToTexture!==!1}function Ne(C){let v=o.render.frame;h.get(C)!==v&&(h.set(C,v),C.update())}function Dt(C,v){let W=C.colorSpace,at=C.format,st=C.type;return C.isCompressedTexture===!0||C.isVideoTexture===!0||W!==kr&&W!==Ai&&(ce.getTransfer(W)===ye?(at!==$n||st!==pn)&&Gt("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Vt("WebGLTextures: Unsupported texture color space:",W)),v}function Ht(C){return typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement?(c.width=C.naturalWidth||C.width,c.height=C.naturalHeight||C.height):typeof VideoFrame<"u"&&C instanceof VideoFrame?(c.width=C.displayWidth,c.height=C.displayHeight):(c.width=C.width,c.height=C.height),c}this.allocateTextureUnit=Pt,this.resetTextureUnits=it,this.getTextureUnits=rt,this.setTextureUnits=wt,this.setTexture2D=St,this.setTexture2DArray=At,this.setTexture3D=Ut,this.setTextureCube=dt,this.rebindTextures=ln,this.setupRenderTarget=De,this.updateRenderTargetMipmap=B,this.updateMultisampleRenderTarget=Ee,this.setupDepthRenderbuffer=an,this.setupFrameBufferTexture=me,this.useMultisampledRTT=yt,this.dispose=$}function x2(i,t){function e(n,s=Ai){let r,o=ce.getTransfer(s);if(n===pn)return i.UNSIGNED_BYTE;if(n===rl)return i.UNSIGNED_SHORT_4_4_4_4;if(n===ol)return i.UNSIGNED_SHORT_5_5_5_1;if(n===nu)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===iu)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===tu)return i.BYTE;if(n===eu)return i.SHORT;if(n===ur)return i.UNSIGNED_SHORT;if(n===sl)return i.INT;if(n===Vn)return i.UNSIGNED_INT;if(n===Wn)return i.FLOAT;if(n===Xn)return i.HALF_FLOAT;if(n===su)return i.ALPHA;if(n===ru)return i.RGB;if(n===$n)return i.RGBA;if(n===_i)return i.DEPTH_COMPONENT;if(n===Ei)return i.DEPTH_STENCIL;if(n===ou)return i.RED;if(n===al)return i.RED_INTEGER;if(n===Zi)return i.RG;if(n===ll)return i.RG_INTEGER;if(n===cl)return i.RGBA_INTEGER;if(n===io||n===so||n===ro||n===oo)if(o===ye)if(r=t.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===io)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===so)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===ro)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===oo)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=t.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===io)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===so)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===ro)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===oo)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===hl||n===ul||n===fl||n===dl)if(r=t.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===hl)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===ul)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===fl)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===dl)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===pl||n===ml||n===gl||n===xl||n===yl||n===ao||n===_l)if(r=t.get("WEBGL_compressed_texture_etc"),r!==null){if(n===pl||n===ml)return o===ye?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===gl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===xl)return r.COMPRESSED_R11_EAC;if(n===yl)return r.COMPRESSED_SIGNED_R11_EAC;if(n===ao)return r.COMPRESSED_RG11_EAC;if(n===_l)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===vl||n===wl||n===Sl||n===Ml||n===bl||n===El||n===Al||n===Tl||n===Rl||n===Cl||n===Il||n===Pl||n===Ll||n===Ul)if(r=t.get("WEBGL_compressed_texture_astc"),r!==null){if(n===vl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===wl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===Sl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===Ml)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===bl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===El)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===Al)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===Tl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===Rl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===Cl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===Il)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===Pl)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===Ll)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===Ul)return o===ye?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===Dl||n===Nl||n===Fl)if(r=t.get("EXT_texture_compression_bptc"),r!==null){if(n===Dl)return o===ye?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===Nl)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===Fl)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===Ol||n===Bl||n===lo||n===kl)if(r=t.get("EXT_texture_compression_rgtc"),r!==null){if(n===Ol)return r.COMPRESSED_RED_RGTC1_EXT;if(n===Bl)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===lo)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===kl)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===ys?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:e}}var y2=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,_2=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,Au=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(t,e){if(this.texture===null){let n=new Yr(t.texture);(t.depthNear!==e.depthNear||t.depthFar!==e.depthFar)&&(this.depthNear=t.depthNear,this.depthFar=t.depthFar),this.texture=n}}getMesh(t){if(this.texture!==null&&this.mesh===null){let e=t.cameras[0].viewport,n=new ei({vertexShader:y2,fragmentShader:_2,uniforms:{depthColor:{value:this.texture},depthWidth:{value:e.z},depthHeight:{value:e.w}}});this.mesh=new He(new Ln(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Tu=class extends Qn{constructor(t,e){super();let n=this,s=null,r=1,o=null,a="local-floor",l=1,c=null,h=null,u=null,f=null,d=null,g=null,E=typeof XRWebGLBinding<"u",x=new Au,p={},M=e.getContextAttributes(),A=null,b=null,R=[],_=[],y=new kt,T=null,k=null,D=new je;D.viewport=new Ie;let z=new je;z.viewport=new Ie;let F=[D,z],q=new tl,L=null,$=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(Q){let St=R[Q];return St===void 0&&(St=new ir,R[Q]=St),St.getTargetRaySpace()},this.getControllerGrip=function(Q){let St=R[Q];return St===void 0&&(St=new ir,R[Q]=St),St.getGripSpace()},this.getHand=function(Q){let St=R[Q];return St===void 0&&(St=new ir,R[Q]=St),St.getHandSpace()};function J(Q){let St=_.indexOf(Q.inputSource);if(St===-1)return;let At=R[St];At!==void 0&&(At.update(Q.inputSource,Q.frame,c||o),At.dispatchEvent({type:Q.type,data:Q.inputSource}))}function G(){s.removeEventListener("select",J),s.removeEventListener("selectstart",J),s.removeEventListener("selectend",J),s.removeEventListener("squeeze",J),s.removeEventListener("squeezestart",J),s.removeEventListener("squeezeend",J),s.removeEventListener("end",G),s.removeEventListener("inputsourceschange",ot);for(let Q=0;Q<R.length;Q++){let St=_[Q];St!==null&&(_[Q]=null,R[Q].disconnect(St))}L=null,$=null,x.reset();for(let Q in p)delete p[Q];if(t.setRenderTarget(A),d=null,f=null,u=null,s=null,b=null,Pt.stop(),n.isPresenting=!1,t.setPixelRatio(T),t.setSize(y.width,y.height,!1),k!==null){let Q=k.camera;Q.fov=k.fov,Q.zoom=k.zoom,Q.updateProjectionMatrix(),k=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(Q){r=Q,n.isPresenting===!0&&Gt("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(Q){a=Q,n.isPresenting===!0&&Gt("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(Q){c=Q},this.getBaseLayer=function(){return f!==null?f:d},this.getBinding=function(){return u===null&&E&&(u=new XRWebGLBinding(s,e)),u},this.getFrame=function(){return g},this.getSession=function(){return s},this.setSession=async function(Q){if(s=Q,s!==null){if(A=t.getRenderTarget(),s.addEventListener("select",J),s.addEventListener("selectstart",J),s.addEventListener("selectend",J),s.addEventListener("squeeze",J),s.addEventListener("squeezestart",J),s.addEventListener("squeezeend",J),s.addEventListener("end",G),s.addEventListener("inputsourceschange",ot),M.xrCompatible!==!0&&await e.makeXRCompatible(),T=t.getPixelRatio(),t.getSize(y),E&&"createProjectionLayer"in XRWebGLBinding.prototype){let At=null,Ut=null,dt=null;M.depth&&(dt=M.stencil?e.DEPTH24_STENCIL8:e.DEPTH_COMPONENT24,At=M.stencil?Ei:_i,Ut=M.stencil?ys:Vn);let Ot={colorFormat:e.RGBA8,depthFormat:dt,scaleFactor:r};u=this.getBinding(),f=u.createProjectionLayer(Ot),s.updateRenderState({layers:[f]}),t.setPixelRatio(1),t.setSize(f.textureWidth,f.textureHeight,!1),b=new Sn(f.textureWidth,f.textureHeight,{format:$n,type:pn,depthTexture:new Mi(f.textureWidth,f.textureHeight,Ut,void 0,void 0,void 0,void 0,void 0,void 0,At),stencilBuffer:M.stencil,colorSpace:t.outputColorSpace,samples:M.antialias?4:0,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}else{let At={antialias:M.antialias,alpha:!0,depth:M.depth,stencil:M.stencil,framebufferScaleFactor:r};d=new XRWebGLLayer(s,e,At),s.updateRenderState({baseLayer:d}),t.setPixelRatio(1),t.setSize(d.framebufferWidth,d.framebufferHeight,!1),b=new Sn(d.framebufferWidth,d.framebufferHeight,{format:$n,type:pn,colorSpace:t.outputColorSpace,stencilBuffer:M.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}b.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await s.requestReferenceSpace(a),Pt.setContext(s),Pt.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(s!==null)return s.environmentBlendMode},this.getDepthTexture=function(){return x.getDepthTexture()};function ot(Q){for(let St=0;St<Q.removed.length;St++){let At=Q.removed[St],Ut=_.indexOf(At);Ut>=0&&(_[Ut]=null,R[Ut].disconnect(At))}for(let St=0;St<Q.added.length;St++){let At=Q.added[St],Ut=_.indexOf(At);if(Ut===-1){for(let Ot=0;Ot<R.length;Ot++)if(Ot>=_.length){_.push(At),Ut=Ot;break}else if(_[Ot]===null){_[Ot]=At,Ut=Ot;break}if(Ut===-1)break}let dt=R[Ut];dt&&dt.connect(At)}}function K(Q,St){St===null?Q.matrixWorld.copy(Q.matrix):Q.matrixWorld.multiplyMatrices(St.matrixWorld,Q.matrix),Q.matrixWorldInverse.copy(Q.matrixWorld).invert()}this.updateCamera=function(Q){if(s===null)return;let St=Q.near,At=Q.far;x.texture!==null&&(x.depthNear>0&&(St=x.depthNear),x.depthFar>0&&(At=x.depthFar)),q.near=z.near=D.near=St,q.far=z.far=D.far=At,(L!==q.near||$!==q.far)&&(s.updateRenderState({depthNear:q.near,depthFar:q.far}),L=q.near,$=q.far),q.layers.mask=Q.layers.mask|6,D.layers.mask=q.layers.mask&-5,z.layers.mask=q.layers.mask&-3;let Ut=Q.parent,dt=q.cameras;K(q,Ut);for(let Ot=0;Ot<dt.length;Ot++)K(dt[Ot],Ut);q.projectionMatrix.copy(D.projectionMatrix),q.projectionMatrixInverse.copy(D.projectionMatrixInverse),k===null&&Q.isPerspectiveCamera&&(k={camera:Q,fov:Q.fov,zoom:Q.zoom}),it(Q,q,Ut)};function it(Q,St,At){At===null?Q.matrix.copy(St.matrixWorld):(Q.matrix.copy(At.matrixWorld),Q.matrix.invert(),Q.matrix.multiply(St.matrixWorld)),Q.matrix.decompose(Q.position,Q.quaternion,Q.scale),Q.updateMatrixWorld(!0),Q.projectionMatrix.copy(St.projectionMatrix),Q.projectionMatrixInverse.copy(St.projectionMatrixInverse),Q.isPerspectiveCamera&&(Q.fov=Aa*2*Math.atan(1/Q.projectionMatrix.elements[5]),Q.zoom=1)}this.getCamera=function(){return q},this.getFoveation=function(){if(!(f===null&&d===null))return l},this.setFoveation=function(Q){l=Q,f!==null&&(f.fixedFoveation=Q),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=Q)},this.hasDepthSensing=function(){return x.texture!==null},this.getDepthSensingMesh=function(){return x.getMesh(q)},this.getCameraTexture=function(Q){return p[Q]};let rt=null;function wt(Q,St){if(h=St.getViewerPose(c||o),g=St,h!==null){let At=h.views;d!==null&&(t.setRenderTargetFramebuffer(b,d.framebuffer),t.setRenderTarget(b));let Ut=!1;At.length!==q.cameras.length&&(q.cameras.length=0,Ut=!0);for(let lt=0;lt<At.length;lt++){let Bt=At[lt],ee=null;if(d!==null)ee=d.getViewport(Bt);else{let Me=u.getViewSubImage(f,Bt);ee=Me.viewport,lt===0&&(t.setRenderTargetTextures(b,Me.colorTexture,Me.depthStencilTexture),t.setRenderTarget(b))}let Kt=F[lt];Kt===void 0&&(Kt=new je,Kt.layers.enable(lt),Kt.viewport=new Ie,F[lt]=Kt),Kt.matrix.fromArray(Bt.transform.matrix),Kt.matrix.decompose(Kt.position,Kt.quaternion,Kt.scale),Kt.projectionMatrix.fromArray(Bt.projectionMatrix),Kt.projectionMatrixInverse.copy(Kt.projectionMatrix).invert(),Kt.viewport.set(ee.x,ee.y,ee.width,ee.height),lt===0&&(q.matrix.copy(Kt.matrix),q.matrix.decompose(q.position,q.quaternion,q.scale)),Ut===!0&&q.cameras.push(Kt)}let dt=s.enabledFeatures;if(dt&&dt.includes("depth-sensing")&&s.depthUsage=="gpu-optimized"&&E){u=n.getBinding();let lt=u.getDepthInformation(At[0]);lt&&lt.isValid&&lt.texture&&x.init(lt,s.renderState)}if(dt&&dt.includes("camera-access")&&E){t.state.unbindTexture(),u=n.getBinding();for(let lt=0;lt<At.length;lt++){let Bt=At[lt].camera;if(Bt){let ee=p[Bt];ee||(ee=new Yr,p[Bt]=ee);let Kt=u.getCameraImage(Bt);ee.sourceTexture=Kt}}}}for(let At=0;At<R.length;At++){let Ut=_[At],dt=R[At];Ut!==null&&dt!==void 0&&dt.update(Ut,St,c||o)}rt&&rt(Q,St),St.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:St}),g=null}let Pt=new tm;Pt.setAnimationLoop(wt),this.setAnimationLoop=function(Q){rt=Q},this.dispose=function(){}}},v2=new Ce,hm=new Xt;hm.set(-1,0,0,0,1,0,0,0,1);function w2(i,t){function e(x,p){x.matrixAutoUpdate===!0&&x.updateMatrix(),p.value.copy(x.matrix)}function n(x,p){p.color.getRGB(x.fogColor.value,pu(i)),p.isFog?(x.fogNear.value=p.near,x.fogFar.value=p.far):p.isFogExp2&&(x.fogDensity.value=p.density)}function s(x,p,M,A,b){p.isNodeMaterial?p.uniformsNeedUpdate=!1:p.isMeshBasicMaterial?r(x,p):p.isMeshLambertMaterial?(r(x,p),p.envMap&&(x.envMapIntensity.value=p.envMapIntensity)):p.isMeshToonMaterial?(r(x,p),u(x,p)):p.isMeshPhongMaterial?(r(x,p),h(x,p),p.envMap&&(x.envMapIntensity.value=p.envMapIntensity)):p.isMeshStandardMaterial?(r(x,p),f(x,p),p.isMeshPhysicalMaterial&&d(x,p,b)):p.isMeshMatcapMaterial?(r(x,p),g(x,p)):p.isMeshDepthMaterial?r(x,p):p.isMeshDistanceMaterial?(r(x,p),E(x,p)):p.isMeshNormalMaterial?r(x,p):p.isLineBasicMaterial?(o(x,p),p.isLineDashedMaterial&&a(x,p)):p.isPointsMaterial?l(x,p,M,A):p.isSpriteMaterial?c(x,p):p.isShadowMaterial?(x.color.value.copy(p.color),x.opacity.value=p.opacity):p.isShaderMaterial&&(p.uniformsNeedUpdate=!1)}function r(x,p){x.opacity.value=p.opacity,p.color&&x.diffuse.value.copy(p.color),p.emissive&&x.emissive.value.copy(p.emissive).multiplyScalar(p.emissiveIntensity),p.map&&(x.map.value=p.map,e(p.map,x.mapTransform)),p.alphaMap&&(x.alphaMap.value=p.alphaMap,e(p.alphaMap,x.alphaMapTransform)),p.bumpMap&&(x.bumpMap.value=p.bumpMap,e(p.bumpMap,x.bumpMapTransform),x.bumpScale.value=p.bumpScale,p.side===fn&&(x.bumpScale.value*=-1)),p.normalMap&&(x.normalMap.value=p.normalMap,e(p.normalMap,x.normalMapTransform),x.normalScale.value.copy(p.normalScale),p.side===fn&&x.normalScale.value.negate()),p.displacementMap&&(x.displacementMap.value=p.displacementMap,e(p.displacementMap,x.displacementMapTransform),x.displacementScale.value=p.displacementScale,x.displacementBias.value=p.displacementBias),p.emissiveMap&&(x.emissiveMap.value=p.emissiveMap,e(p.emissiveMap,x.emissiveMapTransform)),p.specularMap&&(x.specularMap.value=p.specularMap,e(p.specularMap,x.specularMapTransform)),p.alphaTest>0&&(x.alphaTest.value=p.alphaTest);let M=t.get(p),A=M.envMap,b=M.envMapRotation;A&&(x.envMap.value=A,x.envMapRotation.value.setFromMatrix4(v2.makeRotationFromEuler(b)).transpose(),A.isCubeTexture&&A.isRenderTargetTexture===!1&&x.envMapRotation.value.premultiply(hm),x.reflectivity.value=p.reflectivity,x.ior.value=p.ior,x.refractionRatio.value=p.refractionRatio),p.lightMap&&(x.lightMap.value=p.lightMap,x.lightMapIntensity.value=p.lightMapIntensity,e(p.lightMap,x.lightMapTransform)),p.aoMap&&(x.aoMap.value=p.aoMap,x.aoMapIntensity.value=p.aoMapIntensity,e(p.aoMap,x.aoMapTransform))}function o(x,p){x.diffuse.value.copy(p.color),x.opacity.value=p.opacity,p.map&&(x.map.value=p.map,e(p.map,x.mapTransform))}function a(x,p){x.dashSize.value=p.dashSize,x.totalSize.value=p.dashSize+p.gapSize,x.scale.value=p.scale}function l(x,p,M,A){x.diffuse.value.copy(p.color),x.opacity.value=p.opacity,x.size.value=p.size*M,x.scale.value=A*.5,p.map&&(x.map.value=p.map,e(p.map,x.uvTransform)),p.alphaMap&&(x.alphaMap.value=p.alphaMap,e(p.alphaMap,x.alphaMapTransform)),p.alphaTest>0&&(x.alphaTest.value=p.alphaTest)}function c(x,p){x.diffuse.value.copy(p.color),x.opacity.value=p.opacity,x.rotation.value=p.rotation,p.map&&(x.map.value=p.map,e(p.map,x.mapTransform)),p.alphaMap&&(x.alphaMap.value=p.alphaMap,e(p.alphaMap,x.alphaMapTransform)),p.alphaTest>0&&(x.alphaTest.value=p.alphaTest)}function h(x,p){x.specular.value.copy(p.specular),x.shininess.value=Math.max(p.shininess,1e-4)}function u(x,p){p.gradientMap&&(x.gradientMap.value=p.gradientMap)}function f(x,p){x.metalness.value=p.metalness,p.metalnessMap&&(x.metalnessMap.value=p.metalnessMap,e(p.metalnessMap,x.metalnessMapTransform)),x.roughness.value=p.roughness,p.roughnessMap&&(x.roughnessMap.value=p.roughnessMap,e(p.roughnessMap,x.roughnessMapTransform)),p.envMap&&(x.envMapIntensity.value=p.envMapIntensity)}function d(x,p,M){x.ior.value=p.ior,p.diffuseRoughness>0&&(x.diffuseRoughness.value=p.diffuseRoughness,p.diffuseRoughnessMap&&(x.diffuseRoughnessMap.value=p.diffuseRoughnessMap,e(p.diffuseRoughnessMap,x.diffuseRoughnessMapTransform))),p.sheen>0&&(x.sheenColor.value.copy(p.sheenColor).multiplyScalar(p.sheen),x.sheenRoughness.value=p.sheenRoughness,p.sheenColorMap&&(x.sheenColorMap.value=p.sheenColorMap,e(p.sheenColorMap,x.sheenColorMapTransform)),p.sheenRoughnessMap&&(x.sheenRoughnessMap.value=p.sheenRoughnessMap,e(p.sheenRoughnessMap,x.sheenRoughnessMapTransform))),p.clearcoat>0&&(x.clearcoat.value=p.clearcoat,x.clearcoatRoughness.value=p.clearcoatRoughness,p.clearcoatMap&&(x.clearcoatMap.value=p.clearcoatMap,e(p.clearcoatMap,x.clearcoatMapTransform)),p.clearcoatRoughnessMap&&(x.clearcoatRoughnessMap.value=p.clearcoatRoughnessMap,e(p.clearcoatRoughnessMap,x.clearcoatRoughnessMapTransform)),p.clearcoatNormalMap&&(x.clearcoatNormalMap.value=p.clearcoatNormalMap,e(p.clearcoatNormalMap,x.clearcoatNormalMapTransform),x.clearcoatNormalScale.value.copy(p.clearcoatNormalScale),p.side===fn&&x.clearcoatNormalScale.value.negate())),p.dispersion>0&&(x.dispersion.value=p.dispersion),p.retroreflectivity>0&&(x.retroreflectivity.value=p.retroreflectivity),p.iridescence>0&&(x.iridescence.value=p.iridescence,x.iridescenceIOR.value=p.iridescenceIOR,x.iridescenceThicknessMinimum.value=p.iridescenceThicknessMinimum,x.iridescenceThicknessMaximum.value=p.iridescenceThicknessMaximum,p.iridescenceMap&&(x.iridescenceMap.value=p.iridescenceMap,e(p.iridescenceMap,x.iridescenceMapTransform)),p.iridescenceThicknessMap&&(x.iridescenceThicknessMap.value=p.iridescenceThicknessMap,e(p.iridescenceThicknessMap,x.iridescenceThicknessMapTransform))),p.transmission>0&&(x.transmission.value=p.transmission,x.transmissionSamplerMap.value=M.texture,x.transmissionSamplerSize.value.set(M.width,M.height),p.transmissionMap&&(x.transmissionMap.value=p.transmissionMap,e(p.transmissionMap,x.transmissionMapTransform)),x.thickness.value=p.thickness,p.thicknessMap&&(x.thicknessMap.value=p.thicknessMap,e(p.thicknessMap,x.thicknessMapTransform)),x.attenuationDistance.value=p.attenuationDistance,x.attenuationColor.value.copy(p.attenuationColor)),p.anisotropy>0&&(x.anisotropyVector.value.set(p.anisotropy*Math.cos(p.anisotropyRotation),p.anisotropy*Math.sin(p.anisotropyRotation)),p.anisotropyMap&&(x.anisotropyMap.value=p.anisotropyMap,e(p.anisotropyMap,x.anisotropyMapTransform))),x.specularIntensity.value=p.specularIntensity,x.specularColor.value.copy(p.specularColor),p.specularColorMap&&(x.specularColorMap.value=p.specularColorMap,e(p.specularColorMap,x.specularColorMapTransform)),p.specularIntensityMap&&(x.specularIntensityMap.value=p.specularIntensityMap,e(p.specularIntensityMap,x.specularIntensityMapTransform))}function g(x,p){p.matcap&&(x.matcap.value=p.matcap)}function E(x,p){let M=t.get(p).light;x.referencePosition.value.setFromMatrixPosition(M.matrixWorld),x.nearDistance.value=M.shadow.camera.near,x.farDistance.value=M.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:s}}function S2(i,t,e,n){let s={},r={};function o(M,A){let b=A.program;n.uniformBlockBinding(M,b,s[M.id])}function a(M,A){let b=s[M.id];b===void 0&&(g(M),b=l(M),s[M.id]=b,M.addEventListener("dispose",x));let R=A.program;n.updateUBOMapping(M,R);let _=t.render.frame;r[M.id]!==_&&(c(M),r[M.id]=_)}function l(M){let A=i.createBuffer(),b=M.__size,R=M.usage;return i.bindBuffer(i.UNIFORM_BUFFER,A),i.bufferData(i.UNIFORM_BUFFER,b,R),i.bindBuffer(i.UNIFORM_BUFFER,null),A}function c(M){let A=s[M.id],b=M.uniforms,R=M.__cache;i.bindBuffer(i.UNIFORM_BUFFER,A);for(let _=0,y=b.length;_<y;_++){let T=b[_];if(Array.isArray(T))for(let k=0,D=T.length;k<D;k++)h(T[k],_,k,R);else h(T,_,0,R)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function h(M,A,b,R){if(f(M,A,b,R)===!0){let _=M.__offset,y=M.value;if(Array.isArray(y)){let T=0;for(let k=0;k<y.length;k++){let D=y[k],z=E(D,!0);u(D,M.__data,T),T+=z.storage/Float32Array.BYTES_PER_ELEMENT}}else u(y,M.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,_,M.__data)}}function u(M,A,b){typeof M=="number"||typeof M=="boolean"?A[b]=M:M.isMatrix3?(A[b]=M.elements[0],A[b+1]=M.elements[1],A[b+2]=M.elements[2],A[b+3]=0,A[b+4]=M.elements[3],A[b+5]=M.elements[4],A[b+6]=M.elements[5],A[b+7]=0,A[b+8]=M.elements[6],A[b+9]=M.elements[7],A[b+10]=M.elements[8],A[b+11]=0):ArrayBuffer.isView(M)?A.set(M.subarray(0,A.length-b),b):M.toArray(A,b)}function f(M,A,b,R){let _=M.value,y=A+"_"+b;if(Array.isArray(_)){R[y]===void 0&&(R[y]=[]);let T=R[y],k=!1;for(let D=0;D<_.length;D++)d(_[D],T,D)===!0&&(k=!0);return k}return d(_,R,y)}function d(M,A,b){if(A[b]===void 0)return typeof M=="number"||typeof M=="boolean"?A[b]=M:ArrayBuffer.isView(M)?A[b]=M.slice():A[b]=M.clone(),!0;{let R=A[b];if(typeof M=="number"||typeof M=="boolean"){if(R!==M)return A[b]=M,!0}else{if(ArrayBuffer.isView(M))return!0;if(R.equals(M)===!1)return R.copy(M),!0}}return!1}function g(M){let A=M.uniforms,b=0,R=16;for(let y=0,T=A.length;y<T;y++){let k=Array.isArray(A[y])?A[y]:[A[y]];for(let D=0,z=k.length;D<z;D++){let F=k[D],q=Array.isArray(F.value)?F.value:[F.value],L=Array.isArray(A[y])||Array.isArray(F.value),$=b;for(let G=0,ot=q.length;G<ot;G++){let K=q[G],it=E(K,L),rt=b%R,wt=rt%it.boundary,Pt=rt+wt;b+=wt,Pt!==0&&R-Pt<it.storage&&(b+=R-Pt),G===0&&($=b),b+=it.storage}let J=F.type==="int"?Int32Array:F.type==="uint"?Uint32Array:Float32Array;F.__data=new J((b-$)/Float32Array.BYTES_PER_ELEMENT),F.__offset=$}}let _=b%R;return _>0&&(b+=R-_),M.__size=b,M.__cache={},this}function E(M,A){let b={boundary:0,storage:0};return typeof M=="number"||typeof M=="boolean"?(b.boundary=4,b.storage=4):M.isVector2?(b.boundary=8,b.storage=8):M.isVector3||M.isColor?(b.boundary=16,b.storage=12):M.isVector4?(b.boundary=16,b.storage=16):M.isMatrix3?(b.boundary=16,b.storage=48):M.isMatrix4?(b.boundary=16,b.storage=64):M.isTexture?Gt("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(M)?(b.boundary=16,b.storage=M.byteLength):Gt("WebGLRenderer: Unsupported uniform value type.",M),A===!0&&(b.boundary=16,b.storage=Math.ceil(b.storage/16)*16),b}function x(M){let A=M.target;A.removeEventListener("dispose",x),i.deleteBuffer(s[A.id]),delete s[A.id],delete r[A.id]}function p(){for(let M in s)i.deleteBuffer(s[M]);s={},r={}}return{bind:o,update:a,dispose:p}}var M2=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),si=null;function b2(){return si===null&&(si=new Pa(M2,16,16,Zi,Xn),si.name="DFG_LUT",si.minFilter=hn,si.magFilter=hn,si.wrapS=jn,si.wrapT=jn,si.generateMipmaps=!1,si.needsUpdate=!0),si}var Ji=class{constructor(t={}){let{canvas:e=bp(),context:n=null,depth:s=!0,stencil:r=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:u=!1,reversedDepthBuffer:f=!1,outputBufferType:d=pn}=t;this.isWebGLRenderer=!0;let g;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");g=n.getContextAttributes().alpha}else g=o;let E=d,x=new Set([cl,ll,al]),p=new Set([pn,Vn,ur,ys,rl,ol]),M=new Uint32Array(4),A=new Int32Array(4),b={textures:[],min:[],max:[],resolution:[]},R=null,_=null,y=[],T=[],k=null;this.domElement=e,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=ii,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let D=this,z=!1,F=null,q=null,L=null,$=null;this._outputColorSpace=Ke;let J=0,G=0,ot=null,K=-1,it=null,rt=new Ie,wt=new Ie,Pt=null,Q=new Jt(0),St=0,At=e.width,Ut=e.height,dt=1,Ot=null,fe=null,lt=new Ie(0,0,At,Ut),Bt=new Ie(0,0,At,Ut),ee=!1,Kt=new zi,Me=new La,Te=!1,Ze=!1,me=new Ce,yn=new H,Ue=new Ie,an={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},ln=!1;function De(){return ot===null?dt:1}let B=n;function zt(S,N){return e.getContext(S,N)}let Ee,_e,yt,Ne,Dt,Ht,C,v,W,at,st,mt,_t,tt,et,xt,U,nt,j,gt,ht,pt,Lt;try{let S={alpha:!0,depth:s,stencil:r,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:u};if("setAttribute"in e&&e.setAttribute("data-engine",`three.js r${"187"}`),e.addEventListener("webglcontextlost",Nt,!1),e.addEventListener("webglcontextrestored",$t,!1),e.addEventListener("webglcontextcreationerror",Mt,!1),B===null){let N="webgl2";if(B=zt(N,S),B===null)throw zt(N)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Yt()}catch(S){throw e.removeEventListener("webglcontextlost",Nt,!1),e.removeEventListener("webglcontextrestored",$t,!1),e.removeEventListener("webglcontextcreationerror",Mt,!1),Vt("WebGLRenderer: "+S.message),S}function Yt(){Ee=new Nv(B),Ee.init(),ht=new x2(B,Ee),_e=new bv(B,Ee,t,ht),yt=new m2(B,Ee),_e.reversedDepthBuffer&&f&&yt.buffers.depth.setReversed(!0),q=B.createFramebuffer(),L=B.createFramebuffer(),$=B.createFramebuffer(),Ne=new Bv(B),Dt=new e2,Ht=new g2(B,Ee,yt,Dt,_e,ht,Ne),C=new Dv(D),v=new zy(B),pt=new Sv(B,v),W=new Fv(B,v,Ne,pt),at=new zv(B,W,v,pt,Ne),nt=new kv(B,_e,Ht),et=new Ev(Dt),st=new t2(D,C,Ee,_e,pt,et),mt=new w2(D,Dt),_t=new i2,tt=new c2(Ee),U=new wv(D,C,yt,at,g,l),xt=new p2(D,at,_e),Lt=new S2(B,Ne,_e,yt),j=new Mv(B,Ee,Ne),gt=new Ov(B,Ee,Ne),Ne.programs=st.programs,D.capabilities=_e,D.extensions=Ee,D.properties=Dt,D.renderLists=_t,D.shadowMap=xt,D.state=yt,D.info=Ne}E!==pn&&(k=new Hv(E,e.width,e.height,a,s,r));let ct=new Tu(D,B);this.xr=ct,this.getContext=function(){return B},this.getContextAttributes=function(){return B.getContextAttributes()},this.forceContextLoss=function(){let S=Ee.get("WEBGL_lose_context");S&&S.loseContext()},this.forceContextRestore=function(){let S=Ee.get("WEBGL_lose_context");S&&S.restoreContext()},this.getPixelRatio=function(){return dt},this.setPixelRatio=function(S){S!==void 0&&(dt=S,this.setSize(At,Ut,!1))},this.getSize=function(S){return S.set(At,Ut)},this.setSize=function(S,N,Z=!0){if(ct.isPresenting){Gt("WebGLRenderer: Can't change size while VR device is presenting.");return}At=S,Ut=N,e.width=Math.floor(S*dt),e.height=Math.floor(N*dt),Z===!0&&(e.style.width=S+"px",e.style.height=N+"px"),k!==null&&k.setSize(e.width,e.height),this.setViewport(0,0,S,N)},this.getDrawingBufferSize=function(S){return S.set(At*dt,Ut*dt).floor()},this.setDrawingBufferSize=function(S,N,Z){At=S,Ut=N,dt=Z,e.width=Math.floor(S*Z),e.height=Math.floor(N*Z),this.setViewport(0,0,S,N)},this.setEffects=function(S){if(E===pn){Vt("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(S){for(let N=0;N<S.length;N++)if(S[N].isOutputPass===!0){Gt("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}k.setEffects(S||[])},this.getCurrentViewport=function(S){return S.copy(rt)},this.getViewport=function(S){return S.copy(lt)},this.setViewport=function(S,N,Z,V){S.isVector4?lt.set(S.x,S.y,S.z,S.w):lt.set(S,N,Z,V),yt.viewport(rt.copy(lt).multiplyScalar(De()).round())},this.getScissor=function(S){return S.copy(Bt)},this.setScissor=function(S,N,Z,V){S.isVector4?Bt.set(S.x,S.y,S.z,S.w):Bt.set(S,N,Z,V),yt.scissor(wt.copy(Bt).multiplyScalar(De()).round())},this.getScissorTest=function(){return ee},this.setScissorTest=function(S){yt.setScissorTest(ee=S)},this.setOpaqueSort=function(S){Ot=S},this.setTransparentSort=function(S){fe=S},this.getClearColor=function(S){return S.copy(U.getClearColor())},this.setClearColor=function(){U.setClearColor(...arguments)},this.getClearAlpha=function(){return U.getClearAlpha()},this.setClearAlpha=function(){U.setClearAlpha(...arguments)},this.clear=function(S=!0,N=!0,Z=!0){let V=0;if(S){let X=!1;if(ot!==null){let vt=ot.texture.format;X=x.has(vt)}if(X){let vt=ot.texture.type,Tt=p.has(vt),ut=U.getClearColor(),bt=U.getClearAlpha(),It=ut.r,Wt=ut.g,se=ut.b;Tt?(M[0]=It,M[1]=Wt,M[2]=se,M[3]=bt,B.clearBufferuiv(B.COLOR,0,M)):(A[0]=It,A[1]=Wt,A[2]=se,A[3]=bt,B.clearBufferiv(B.COLOR,0,A))}else V|=B.COLOR_BUFFER_BIT}N&&(V|=B.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),Z&&(V|=B.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),V!==0&&B.clear(V)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(S){S.setRenderer(this),F=S},this.dispose=function(){e.removeEventListener("webglcontextlost",Nt,!1),e.removeEventListener("webglcontextrestored",$t,!1),e.removeEventListener("webglcontextcreationerror",Mt,!1),U.dispose(),_t.dispose(),tt.dispose(),Ht.dispose(),Dt.dispose(),C.dispose(),at.dispose(),W.dispose(),pt.dispose(),Lt.dispose(),st.dispose(),ct.dispose(),ct.removeEventListener("sessionstart",Tr),ct.removeEventListener("sessionend",ko),li.stop()};function Nt(S){S.preventDefault(),uu("WebGLRenderer: Context Lost."),z=!0}function $t(){uu("WebGLRenderer: Context Restored."),z=!1;let S=Ne.autoReset,N=xt.enabled,Z=xt.autoUpdate,V=xt.needsUpdate,X=xt.type;Yt(),Ne.autoReset=S,xt.enabled=N,xt.autoUpdate=Z,xt.needsUpdate=V,xt.type=X}function Mt(S){Vt("WebGLRenderer: A WebGL context could not be created. Reason: ",S.statusMessage)}function pe(S){let N=S.target;N.removeEventListener("dispose",pe),Fe(N)}function Fe(S){On(S),Dt.remove(S)}function On(S){let N=Dt.get(S).programs;N!==void 0&&(N.forEach(function(Z){st.releaseProgram(Z)}),S.isShaderMaterial&&st.releaseShaderCache(S))}this.renderBufferDirect=function(S,N,Z,V,X,vt){N===null&&(N=an);let Tt=X.isMesh&&X.matrixWorld.determinantAffine()<0,ut=eh(S,N,Z,V,X);yt.setMaterial(V,Tt);let bt=Z.index,It=1;if(V.wireframe===!0){if(bt=W.getWireframeAttribute(Z),bt===void 0)return;It=2}let Wt=Z.drawRange,se=Z.attributes.position,Rt=Wt.start*It,re=(Wt.start+Wt.count)*It;vt!==null&&(Rt=Math.max(Rt,vt.start*It),re=Math.min(re,(vt.start+vt.count)*It)),bt!==null?(Rt=Math.max(Rt,0),re=Math.min(re,bt.count)):se!=null&&(Rt=Math.max(Rt,0),re=Math.min(re,se.count));let Le=re-Rt;if(Le<0||Le===1/0)return;pt.setup(X,V,ut,Z,bt);let be,ve=j;if(bt!==null&&(be=v.get(bt),ve=gt,ve.setIndex(be)),X.isMesh)V.wireframe===!0?(yt.setLineWidth(V.wireframeLinewidth*De()),ve.setMode(B.LINES)):ve.setMode(B.TRIANGLES);else if(X.isLine){let Xe=V.linewidth;Xe===void 0&&(Xe=1),yt.setLineWidth(Xe*De()),X.isLineSegments?ve.setMode(B.LINES):X.isLineLoop?ve.setMode(B.LINE_LOOP):ve.setMode(B.LINE_STRIP)}else X.isPoints?ve.setMode(B.POINTS):X.isSprite&&ve.setMode(B.TRIANGLES);if(X.isBatchedMesh)if(Ee.get("WEBGL_multi_draw"))ve.renderMultiDraw(X._multiDrawStarts,X._multiDrawCounts,X._multiDrawCount);else{let Xe=X._multiDrawStarts,Ct=X._multiDrawCounts,Pe=X._multiDrawCount,he=bt?v.get(bt).bytesPerElement:1,Tn=Dt.get(V).currentProgram.getUniforms();for(let Ge=0;Ge<Pe;Ge++)Tn.setValue(B,"_gl_DrawID",Ge),ve.render(Xe[Ge]/he,Ct[Ge])}else if(X.isInstancedMesh)ve.renderInstances(Rt,Le,X.count);else if(Z.isInstancedBufferGeometry){let Xe=Z._maxInstanceCount!==void 0?Z._maxInstanceCount:1/0,Ct=Math.min(Z.instanceCount,Xe);ve.renderInstances(Rt,Le,Ct)}else ve.render(Rt,Le)};function Ar(S,N,Z,V){F!==null&&S.isNodeMaterial&&F.setObject(V,S),Te===!0&&et.setState(S,Z,!1),S.transparent===!0&&S.side===ni&&S.forceSinglePass===!1?(S.side=fn,S.needsUpdate=!0,rs(S,N,V),S.side=Yi,S.needsUpdate=!0,rs(S,N,V),S.side=ni):rs(S,N,V)}this.compile=function(S,N,Z=null){Z===null&&(Z=S),F!==null&&F.renderStart(S,N,Z),_=tt.get(Z),_.init(N),T.push(_),Z.traverseVisible(function(X){X.isLight&&X.layers.test(N.layers)&&(_.pushLight(X),X.castShadow&&_.pushShadow(X))}),S!==Z&&S.traverseVisible(function(X){X.isLight&&X.layers.test(N.layers)&&(_.pushLight(X),X.castShadow&&_.pushShadow(X))}),_.setupLights(),F!==null&&F.updateLights(_.state.lightsArray),Ze=this.localClippingEnabled,Te=et.init(this.clippingPlanes,Ze),Te===!0&&et.setGlobalState(this.clippingPlanes,N),F!==null&&xt.render(_.state.shadowsArray,Z,N);let V=new Set;return S.traverse(function(X){if(!(X.isMesh||X.isPoints||X.isLine||X.isSprite))return;let vt=X.material;if(vt)if(Array.isArray(vt))for(let Tt=0;Tt<vt.length;Tt++){let ut=vt[Tt];Ar(ut,Z,N,X),V.add(ut)}else Ar(vt,Z,N,X),V.add(vt)}),_=T.pop(),F!==null&&F.renderEnd(),V},this.compileAsync=function(S,N,Z=null){let V=this.compile(S,N,Z);return new Promise(X=>{function vt(){if(V.forEach(function(Tt){let bt=Dt.get(Tt).currentProgram;(bt===void 0||bt.isReady())&&V.delete(Tt)}),V.size===0){X(S);return}setTimeout(vt,10)}Ee.get("KHR_parallel_shader_compile")!==null?vt():setTimeout(vt,10)})};let Ns=null;function Bo(S){Ns&&Ns(S)}function Tr(){li.stop()}function ko(){li.start()}let li=new tm;li.setAnimationLoop(Bo),typeof self<"u"&&li.setContext(self),this.setAnimationLoop=function(S){Ns=S,ct.setAnimationLoop(S),S===null?li.stop():li.start()},ct.addEventListener("sessionstart",Tr),ct.addEventListener("sessionend",ko),this.render=function(S,N){if(N!==void 0&&N.isCamera!==!0){Vt("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(z===!0)return;F!==null&&F.renderStart(S,N);let Z=ct.enabled===!0&&ct.isPresenting===!0,V=k!==null&&(ot===null||Z)&&k.begin(D,ot);if(S.matrixWorldAutoUpdate===!0&&S.updateMatrixWorld(),N.parent===null&&N.matrixWorldAutoUpdate===!0&&N.updateMatrixWorld(),ct.enabled===!0&&ct.isPresenting===!0&&(k===null||k.isCompositing()===!1)&&(ct.cameraAutoUpdate===!0&&ct.updateCamera(N),N=ct.getCamera()),S.isScene===!0&&S.onBeforeRender(D,S,N,ot),_=tt.get(S,T.length),_.init(N),_.state.textureUnits=Ht.getTextureUnits(),T.push(_),me.multiplyMatrices(N.projectionMatrix,N.matrixWorldInverse),N.isArrayCamera?Me.setFromArrayCamera(N):Kt.setFromProjectionMatrix(me,In,N.reversedDepth),Ze=this.localClippingEnabled,Te=et.init(this.clippingPlanes,Ze),R=_t.get(S,y.length),R.init(),y.push(R),this.info.render.frame++,ct.enabled===!0&&ct.isPresenting===!0){let Tt=D.xr.getDepthSensingMesh();Tt!==null&&ss(Tt,N,-1/0,D.sortObjects)}ss(S,N,0,D.sortObjects),R.finish(),F!==null&&F.updateLights(_.state.lightsArray),D.sortObjects===!0&&R.sort(Ot,fe),ln=ct.enabled===!1||ct.isPresenting===!1||ct.hasDepthSensing()===!1,ln&&U.addToRenderList(R,S),this.info.autoReset===!0&&this.info.reset(),Te===!0&&et.beginShadows();let X=_.state.shadowsArray;if(xt.render(X,S,N),Te===!0&&et.endShadows(),(V&&k.hasRenderPass())===!1){let Tt=R.opaque,ut=R.transmissive;if(_.setupLights(),N.isArrayCamera){let bt=N.cameras;if(ut.length>0)for(let It=0,Wt=bt.length;It<Wt;It++){let se=bt[It];Fs(Tt,ut,S,se)}ln&&U.render(S);for(let It=0,Wt=bt.length;It<Wt;It++){let se=bt[It];zo(R,S,se,se.viewport)}}else ut.length>0&&Fs(Tt,ut,S,N),ln&&U.render(S),zo(R,S,N)}ot!==null&&G===0&&(Ht.updateMultisampleRenderTarget(ot),Ht.updateRenderTargetMipmap(ot)),V&&k.end(D),S.isScene===!0&&S.onAfterRender(D,S,N),pt.resetDefaultState(),K=-1,it=null,T.pop(),T.length>0?(_=T[T.length-1],Ht.setTextureUnits(_.state.textureUnits),Te===!0&&et.setGlobalState(D.clippingPlanes,_.state.camera)):_=null,y.pop(),y.length>0?R=y[y.length-1]:R=null,F!==null&&F.renderEnd()};function ss(S,N,Z,V){if(S.visible===!1)return;if(S.layers.test(N.layers)){if(S.isGroup)Z=S.renderOrder;else if(S.isLOD)S.autoUpdate===!0&&S.update(N);else if(S.isLight)_.pushLight(S),S.castShadow&&_.pushShadow(S);else if(S.isSprite){let Tt=N.isArrayCamera?Me:Kt;if(!S.frustumCulled||S.intersectsFrustum(Tt)){V&&Ue.setFromMatrixPosition(S.matrixWorld).applyMatrix4(me);let ut=at.update(S),bt=S.material;bt.visible&&R.push(S,ut,bt,Z,Ue.z,null,N)}}else if(S.isMesh||S.isLine||S.isPoints){let Tt=N.isArrayCamera?Me:Kt;if(!S.frustumCulled||S.intersectsFrustum(Tt)){let ut=at.update(S),bt=S.material;if(V&&(S.boundingSphere!==void 0?(S.boundingSphere===null&&S.computeBoundingSphere(),Ue.copy(S.boundingSphere.center)):(ut.boundingSphere===null&&ut.computeBoundingSphere(),Ue.copy(ut.boundingSphere.center)),Ue.applyMatrix4(S.matrixWorld).applyMatrix4(me)),Array.isArray(bt)){let It=ut.groups;for(let Wt=0,se=It.length;Wt<se;Wt++){let Rt=It[Wt],re=bt[Rt.materialIndex];re&&re.visible&&R.push(S,ut,re,Z,Ue.z,Rt,N)}}else bt.visible&&R.push(S,ut,bt,Z,Ue.z,null,N)}}}let vt=S.children;for(let Tt=0,ut=vt.length;Tt<ut;Tt++)ss(vt[Tt],N,Z,V)}function zo(S,N,Z,V){let{opaque:X,transmissive:vt,transparent:Tt}=S;_.setupLightsView(Z),Te===!0&&et.setGlobalState(D.clippingPlanes,Z),V&&yt.viewport(rt.copy(V)),X.length>0&&ci(X,N,Z),vt.length>0&&ci(vt,N,Z),Tt.length>0&&ci(Tt,N,Z),yt.buffers.depth.setTest(!0),yt.buffers.depth.setMask(!0),yt.buffers.color.setMask(!0),yt.setPolygonOffset(!1)}function Fs(S,N,Z,V){if((Z.isScene===!0?Z.overrideMaterial:null)!==null)return;if(_.state.transmissionRenderTarget[V.id]===void 0){let Rt=Ee.has("EXT_color_buffer_half_float")||Ee.has("EXT_color_buffer_float");_.state.transmissionRenderTarget[V.id]=new Sn(1,1,{generateMipmaps:!0,type:Rt?Xn:pn,minFilter:bi,samples:Math.max(4,_e.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:ce.workingColorSpace})}let vt=_.state.transmissionRenderTarget[V.id],Tt=V.viewport||rt;vt.setSize(Tt.z*D.transmissionResolutionScale,Tt.w*D.transmissionResolutionScale);let ut=D.getRenderTarget(),bt=D.getActiveCubeFace(),It=D.getActiveMipmapLevel();D.setRenderTarget(vt),D.getClearColor(Q),St=D.getClearAlpha(),St<1&&D.setClearColor(16777215,.5),D.clear(),ln&&U.render(Z);let Wt=D.toneMapping;D.toneMapping=ii;let se=V.viewport;if(V.viewport!==void 0&&(V.viewport=void 0),_.setupLightsView(V),Te===!0&&et.setGlobalState(D.clippingPlanes,V),ci(S,Z,V),Ht.updateMultisampleRenderTarget(vt),Ht.updateRenderTargetMipmap(vt),Ee.has("WEBGL_multisampled_render_to_texture")===!1){let Rt=!1;for(let re=0,Le=N.length;re<Le;re++){let be=N[re],{object:ve,geometry:Xe,material:Ct,group:Pe}=be;if(Ct.side===ni&&ve.layers.test(V.layers)){let he=Ct.side;Ct.side=fn,Ct.needsUpdate=!0,Go(ve,Z,V,Xe,Ct,Pe),Ct.side=he,Ct.needsUpdate=!0,Rt=!0}}Rt===!0&&(Ht.updateMultisampleRenderTarget(vt),Ht.updateRenderTargetMipmap(vt))}D.setRenderTarget(ut,bt,It),D.setClearColor(Q,St),se!==void 0&&(V.viewport=se),D.toneMapping=Wt}function ci(S,N,Z){let V=N.isScene===!0?N.overrideMaterial:null;for(let X=0,vt=S.length;X<vt;X++){let Tt=S[X],{object:ut,geometry:bt,group:It}=Tt,Wt=Tt.material;Wt.allowOverride===!0&&V!==null&&(Wt=V),ut.layers.test(Z.layers)&&Go(ut,N,Z,bt,Wt,It)}}function Go(S,N,Z,V,X,vt){F!==null&&X.isNodeMaterial&&F.setObject(S,X),S.onBeforeRender(D,N,Z,V,X,vt),S.modelViewMatrix.multiplyMatrices(Z.matrixWorldInverse,S.matrixWorld),S.normalMatrix.getNormalMatrix(S.modelViewMatrix),X.onBeforeRender(D,N,Z,V,S,vt),X.transparent===!0&&X.side===ni&&X.forceSinglePass===!1?(X.side=fn,X.needsUpdate=!0,D.renderBufferDirect(Z,N,V,X,S,vt),X.side=Yi,X.needsUpdate=!0,D.renderBufferDirect(Z,N,V,X,S,vt),X.side=ni):D.renderBufferDirect(Z,N,V,X,S,vt),S.onAfterRender(D,N,Z,V,X,vt)}function Os(S){let N=0;for(let Z of S)Z.texture!==null&&N++;return N}function rs(S,N,Z){N.isScene!==!0&&(N=an);let V=Dt.get(S),X=_.state.lights,vt=_.state.shadowsArray,Tt=X.state.version,ut=st.getParameters(S,X.state,vt,N,Z,_.state.lightProbeGridArray),bt=st.getProgramCacheKey(ut),It=V.programs;V.environment=S.isMeshStandardMaterial||S.isMeshLambertMaterial||S.isMeshPhongMaterial?N.environment:null,V.fog=N.fog;let Wt=S.isMeshStandardMaterial||S.isMeshLambertMaterial&&!S.envMap||S.isMeshPhongMaterial&&!S.envMap;V.envMap=C.get(S.envMap||V.environment,Wt),V.envMapRotation=V.environment!==null&&S.envMap===null?N.environmentRotation:S.envMapRotation,It===void 0&&(S.addEventListener("dispose",pe),It=new Map,V.programs=It,V.programVariants=new Map);let se=It.get(bt);if(se!==void 0){if(V.currentProgram===se&&V.lightsStateVersion===Tt)return Vo(S,ut),se}else ut.uniforms=st.getUniforms(S),F!==null&&S.isNodeMaterial&&F.build(S,Z,ut),S.onBeforeCompile(ut,D),se=st.acquireProgram(ut,bt),It.set(bt,se),V.uniforms=ut.uniforms;let Rt=V.uniforms;return(!S.isShaderMaterial&&!S.isRawShaderMaterial||S.clipping===!0)&&(Rt.clippingPlanes=et.uniform),Vo(S,ut),V.needsLights=Xo(S),V.lightsStateVersion=Tt,V.needsLights&&(Rt.ambientLightColor.value=X.state.ambient,Rt.lightProbe.value=X.state.probe,Rt.sunLights.value=X.state.sun,Rt.sunLightShadows.value=X.state.sunShadow,Rt.directionalLights.value=X.state.directional,Rt.directionalLightShadows.value=X.state.directionalShadow,Rt.spotLights.value=X.state.spot,Rt.spotLightShadows.value=X.state.spotShadow,Rt.rectAreaLights.value=X.state.rectArea,Rt.ltc_1.value=X.state.rectAreaLTC1,Rt.ltc_2.value=X.state.rectAreaLTC2,Rt.pointLights.value=X.state.point,Rt.pointLightShadows.value=X.state.pointShadow,Rt.hemisphereLights.value=X.state.hemi,Rt.sunShadowMatrix.value=X.state.sunShadowMatrix,Rt.sunShadowCascade.value=X.state.sunShadowCascade,Rt.directionalShadowMatrix.value=X.state.directionalShadowMatrix,Rt.spotLightMatrix.value=X.state.spotLightMatrix,Rt.spotLightMap.value=X.state.spotLightMap,Rt.pointShadowMatrix.value=X.state.pointShadowMatrix),V.numLightProbeGrids=Os(_.state.lightProbeGridArray),V.currentProgram=se,V.uniformsList=null,se}function th(S,N,Z,V,X){let vt=Dt.get(S),Tt=vt.currentProgram.id+","+V+","+X,ut=vt.programVariants.get(Tt);return ut===void 0?(ut=rs(S,N,Z),vt.programVariants.set(Tt,ut)):(vt.currentProgram=ut,vt.uniformsList=null,vt.outputColorSpace=V,vt.toneMapping=X),ut}function Ho(S){if(S.uniformsList===null){let N=S.currentProgram.getUniforms();S.uniformsList=fr.seqWithValue(N.seq,S.uniforms)}return S.uniformsList}function Vo(S,N){let Z=Dt.get(S);Z.outputColorSpace=N.outputColorSpace,Z.batching=N.batching,Z.batchingColor=N.batchingColor,Z.instancing=N.instancing,Z.instancingColor=N.instancingColor,Z.instancingMorph=N.instancingMorph,Z.skinning=N.skinning,Z.morphTargets=N.morphTargets,Z.morphNormals=N.morphNormals,Z.morphColors=N.morphColors,Z.morphTargetsCount=N.morphTargetsCount,Z.numClippingPlanes=N.numClippingPlanes,Z.numIntersection=N.numClipIntersection,Z.vertexAlphas=N.vertexAlphas,Z.vertexTangents=N.vertexTangents,Z.toneMapping=N.toneMapping}function eh(S,N,Z,V,X){N.isScene!==!0&&(N=an),Ht.resetTextureUnits();let vt=N.fog,Tt=V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial?N.environment:null,ut=ot===null?D.outputColorSpace:ot.isXRRenderTarget===!0?ot.texture.colorSpace:ce.workingColorSpace,bt=V.isMeshStandardMaterial||V.isMeshLambertMaterial&&!V.envMap||V.isMeshPhongMaterial&&!V.envMap,It=C.get(V.envMap||Tt,bt),Wt=V.vertexColors===!0&&!!Z.attributes.color&&Z.attributes.color.itemSize===4,se=!!Z.attributes.tangent&&(!!V.normalMap||V.anisotropy>0),Rt=!!Z.morphAttributes.position,re=!!Z.morphAttributes.normal,Le=!!Z.morphAttributes.color,be=ii;V.toneMapped&&(ot===null||ot.isXRRenderTarget===!0)&&(be=D.toneMapping);let ve=Z.morphAttributes.position||Z.morphAttributes.normal||Z.morphAttributes.color,Xe=ve!==void 0?ve.length:0,Ct=Dt.get(V),Pe=_.state.lights;if(Te===!0&&(Ze===!0||S!==it)){let Ae=S===it&&V.id===K;et.setState(V,S,Ae)}let he=!1,Tn=!1;V.version===Ct.__version?Ct.needsLights&&Ct.lightsStateVersion!==Pe.state.version||X.isBatchedMesh&&Ct.batching===!1||!X.isBatchedMesh&&Ct.batching===!0||X.isBatchedMesh&&Ct.batchingColor===!0&&X._colorsTexture===null||X.isBatchedMesh&&Ct.batchingColor===!1&&X._colorsTexture!==null||X.isInstancedMesh&&Ct.instancing===!1||!X.isInstancedMesh&&Ct.instancing===!0||X.isSkinnedMesh&&Ct.skinning===!1||!X.isSkinnedMesh&&Ct.skinning===!0||X.isInstancedMesh&&Ct.instancingColor===!0&&X.instanceColor===null||X.isInstancedMesh&&Ct.instancingColor===!1&&X.instanceColor!==null||X.isInstancedMesh&&Ct.instancingMorph===!0&&X.morphTexture===null||X.isInstancedMesh&&Ct.instancingMorph===!1&&X.morphTexture!==null||Ct.envMap!==It||V.fog===!0&&Ct.fog!==vt||Ct.numClippingPlanes!==void 0&&(Ct.numClippingPlanes!==et.numPlanes||Ct.numIntersection!==et.numIntersection)||Ct.vertexAlphas!==Wt||Ct.vertexTangents!==se||Ct.morphTargets!==Rt||Ct.morphNormals!==re||Ct.morphColors!==Le||Ct.morphTargetsCount!==Xe||Ct.numLightProbeGrids!==Os(_.state.lightProbeGridArray)?he=!0:(Ct.outputColorSpace!==ut||Ct.toneMapping!==be)&&(Tn=!0):(he=!0,Ct.__version=V.version);let Ge=Ct.currentProgram;(he===!0||Tn===!0)&&(Ge=Tn===!0?th(V,N,X,ut,be):rs(V,N,X),F&&V.isNodeMaterial&&F.onUpdateProgram(V,Ge,Ct));let Bs=!1,_n=!1,hi=!1,ue=Ge.getUniforms(),Oe=Ct.uniforms;if(yt.useProgram(Ge.program)&&(Bs=!0,_n=!0,hi=!0),V.id!==K&&(K=V.id,_n=!0),Bs||it!==S){yt.buffers.depth.getReversed()&&S.reversedDepth!==!0&&(S._reversedDepth=!0,S.updateProjectionMatrix()),ue.setValue(B,"projectionMatrix",S.projectionMatrix),ue.setValue(B,"viewMatrix",S.matrixWorldInverse);let Be=ue.map.cameraPosition;Be!==void 0&&Be.setValue(B,yn.setFromMatrixPosition(S.matrixWorld)),_e.logarithmicDepthBuffer&&ue.setValue(B,"logDepthBufFC",2/(Math.log(S.far+1)/Math.LN2)),(V.isMeshPhongMaterial||V.isMeshToonMaterial||V.isMeshLambertMaterial||V.isMeshBasicMaterial||V.isMeshStandardMaterial||V.isShaderMaterial)&&ue.setValue(B,"isOrthographic",S.isOrthographicCamera===!0),it!==S&&(it=S,_n=!0,hi=!0)}if(Ct.needsLights&&(Pe.state.sunShadowMap.length>0&&ue.setValue(B,"sunShadowMap",Pe.state.sunShadowMap,Ht),Pe.state.directionalShadowMap.length>0&&ue.setValue(B,"directionalShadowMap",Pe.state.directionalShadowMap,Ht),Pe.state.spotShadowMap.length>0&&ue.setValue(B,"spotShadowMap",Pe.state.spotShadowMap,Ht),Pe.state.pointShadowMap.length>0&&ue.setValue(B,"pointShadowMap",Pe.state.pointShadowMap,Ht)),X.isSkinnedMesh){ue.setOptional(B,X,"bindMatrix"),ue.setOptional(B,X,"bindMatrixInverse");let Ae=X.skeleton;Ae&&(Ae.boneTexture===null&&Ae.computeBoneTexture(),ue.setValue(B,"boneTexture",Ae.boneTexture,Ht))}X.isBatchedMesh&&(ue.setOptional(B,X,"batchingTexture"),ue.setValue(B,"batchingTexture",X._matricesTexture,Ht),ue.setOptional(B,X,"batchingIdTexture"),ue.setValue(B,"batchingIdTexture",X._indirectTexture,Ht),ue.setOptional(B,X,"batchingColorTexture"),X._colorsTexture!==null&&ue.setValue(B,"batchingColorTexture",X._colorsTexture,Ht));let cn=Z.morphAttributes;if((cn.position!==void 0||cn.normal!==void 0||cn.color!==void 0)&&nt.update(X,Z,Ge),(_n||Ct.receiveShadow!==X.receiveShadow)&&(Ct.receiveShadow=X.receiveShadow,ue.setValue(B,"receiveShadow",X.receiveShadow)),(V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial)&&V.envMap===null&&N.environment!==null&&(Oe.envMapIntensity.value=N.environmentIntensity),Oe.dfgLUT!==void 0&&(Oe.dfgLUT.value=b2()),_n){if(ue.setValue(B,"toneMappingExposure",D.toneMappingExposure),Ct.needsLights&&Wo(Oe,hi),vt&&V.fog===!0&&mt.refreshFogUniforms(Oe,vt),mt.refreshMaterialUniforms(Oe,V,dt,Ut,_.state.transmissionRenderTarget[S.id]),Ct.needsLights&&Ct.numLightProbeGrids>0){let Ae=b,Be=0;for(let Rn of _.state.lightProbeGridArray)Rn.texture!==null&&(Ae.textures[Be]=Rn.texture,Ae.min[Be]=Rn.boundingBox.min,Ae.max[Be]=Rn.boundingBox.max,Ae.resolution[Be]=Rn.resolution,Be++);for(let Rn in Ae)Ae[Rn].length=Be;Oe.probesSH.value=Ae.textures,Oe.probesMin.value=Ae.min,Oe.probesMax.value=Ae.max,Oe.probesResolution.value=Ae.resolution}fr.upload(B,Ho(Ct),Oe,Ht)}if(V.isShaderMaterial&&V.uniformsNeedUpdate===!0&&(fr.upload(B,Ho(Ct),Oe,Ht),V.uniformsNeedUpdate=!1),V.isSpriteMaterial&&ue.setValue(B,"center",X.center),ue.setValue(B,"modelViewMatrix",X.modelViewMatrix),ue.setValue(B,"normalMatrix",X.normalMatrix),ue.setValue(B,"modelMatrix",X.matrixWorld),V.uniformsGroups!==void 0){let Ae=V.uniformsGroups;for(let Be=0,Rn=Ae.length;Be<Rn;Be++){let Cr=Ae[Be];Lt.update(Cr,Ge),Lt.bind(Cr,Ge)}}return Ge}function Wo(S,N){S.ambientLightColor.needsUpdate=N,S.lightProbe.needsUpdate=N,S.sunLights.needsUpdate=N,S.sunLightShadows.needsUpdate=N,S.directionalLights.needsUpdate=N,S.directionalLightShadows.needsUpdate=N,S.pointLights.needsUpdate=N,S.pointLightShadows.needsUpdate=N,S.spotLights.needsUpdate=N,S.spotLightShadows.needsUpdate=N,S.rectAreaLights.needsUpdate=N,S.hemisphereLights.needsUpdate=N}function Xo(S){return S.isMeshLambertMaterial||S.isMeshToonMaterial||S.isMeshPhongMaterial||S.isMeshStandardMaterial||S.isShadowMaterial||S.isShaderMaterial&&S.lights===!0}this.getActiveCubeFace=function(){return J},this.getActiveMipmapLevel=function(){return G},this.getRenderTarget=function(){return ot},this.setRenderTargetTextures=function(S,N,Z){let V=Dt.get(S);V.__autoAllocateDepthBuffer=S.resolveDepthBuffer===!1,V.__autoAllocateDepthBuffer===!1&&(V.__useRenderToTexture=!1),Dt.get(S.texture).__webglTexture=N,Dt.get(S.depthTexture).__webglTexture=V.__autoAllocateDepthBuffer?void 0:Z,V.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(S,N){let Z=Dt.get(S);Z.__webglFramebuffer=N,Z.__useDefaultFramebuffer=N===void 0},this.setRenderTarget=function(S,N=0,Z=0){ot=S,J=N,G=Z;let V=null,X=!1,vt=!1;if(S){let ut=Dt.get(S);if(ut.__useDefaultFramebuffer!==void 0){yt.bindFramebuffer(B.FRAMEBUFFER,ut.__webglFramebuffer),rt.copy(S.viewport),wt.copy(S.scissor),Pt=S.scissorTest,yt.viewport(rt),yt.scissor(wt),yt.setScissorTest(Pt),K=-1;return}else if(ut.__webglFramebuffer===void 0)Ht.setupRenderTarget(S);else if(ut.__hasExternalTextures)Ht.rebindTextures(S,Dt.get(S.texture).__webglTexture,Dt.get(S.depthTexture).__webglTexture);else if(S.depthBuffer){let Wt=S.depthTexture;if(ut.__boundDepthTexture!==Wt){if(Wt!==null&&Dt.has(Wt)&&(S.width!==Wt.image.width||S.height!==Wt.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Ht.setupDepthRenderbuffer(S)}}let bt=S.texture;(bt.isData3DTexture||bt.isDataArrayTexture||bt.isCompressedArrayTexture)&&(vt=!0);let It=Dt.get(S).__webglFramebuffer;S.isWebGLCubeRenderTarget?(Array.isArray(It[N])?V=It[N][Z]:V=It[N],X=!0):S.samples>0&&Ht.useMultisampledRTT(S)===!1?V=Dt.get(S).__webglMultisampledFramebuffer:Array.isArray(It)?V=It[Z]:V=It,rt.copy(S.viewport),wt.copy(S.scissor),Pt=S.scissorTest}else rt.copy(lt).multiplyScalar(dt).floor(),wt.copy(Bt).multiplyScalar(dt).floor(),Pt=ee;if(Z!==0&&(V=q),yt.bindFramebuffer(B.FRAMEBUFFER,V)&&yt.drawBuffers(S,V),yt.viewport(rt),yt.scissor(wt),yt.setScissorTest(Pt),X){let ut=Dt.get(S.texture);B.framebufferTexture2D(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_CUBE_MAP_POSITIVE_X+N,ut.__webglTexture,Z)}else if(vt){let ut=N;for(let bt=0;bt<S.textures.length;bt++){let It=Dt.get(S.textures[bt]);B.framebufferTextureLayer(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0+bt,It.__webglTexture,Z,ut)}}else if(S!==null&&Z!==0){let ut=Dt.get(S.texture);B.framebufferTexture2D(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,ut.__webglTexture,Z)}K=-1};function Rr(S){let N=Dt.get(S);return(N.__readFormat!==S.format||N.__readType!==S.type)&&(N.__readFormat=S.format,N.__readType=S.type,N.__formatReadable=_e.textureFormatReadable(S.format),N.__typeReadable=_e.textureTypeReadable(S.type)),N}this.readRenderTargetPixels=function(S,N,Z,V,X,vt,Tt,ut=0){if(!(S&&S.isWebGLRenderTarget)){Vt("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let bt=Dt.get(S).__webglFramebuffer;if(S.isWebGLCubeRenderTarget&&Tt!==void 0&&(bt=bt[Tt],Array.isArray(bt)&&(bt=bt[0])),bt){yt.bindFramebuffer(B.FRAMEBUFFER,bt);try{let It=S.textures[ut],Wt=It.format,se=It.type;S.textures.length>1&&B.readBuffer(B.COLOR_ATTACHMENT0+ut);let Rt=Rr(It);if(Rt.__formatReadable===!1){Vt("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Rt.__typeReadable===!1){Vt("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}N>=0&&N<=S.width-V&&Z>=0&&Z<=S.height-X&&B.readPixels(N,Z,V,X,ht.convert(Wt),ht.convert(se),vt)}finally{let It=ot!==null?Dt.get(ot).__webglFramebuffer:null;yt.bindFramebuffer(B.FRAMEBUFFER,It)}}},this.readRenderTargetPixelsAsync=async function(S,N,Z,V,X,vt,Tt,ut=0){if(!(S&&S.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let bt=Dt.get(S).__webglFramebuffer;if(S.isWebGLCubeRenderTarget&&Tt!==void 0&&(bt=bt[Tt],Array.isArray(bt)&&(bt=bt[0])),bt)if(N>=0&&N<=S.width-V&&Z>=0&&Z<=S.height-X){yt.bindFramebuffer(B.FRAMEBUFFER,bt);let It=S.textures[ut],Wt=It.format,se=It.type;S.textures.length>1&&B.readBuffer(B.COLOR_ATTACHMENT0+ut);let Rt=Rr(It);if(Rt.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Rt.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let re=B.createBuffer();B.bindBuffer(B.PIXEL_PACK_BUFFER,re),B.bufferData(B.PIXEL_PACK_BUFFER,vt.byteLength,B.STREAM_READ),B.readPixels(N,Z,V,X,ht.convert(Wt),ht.convert(se),0),B.bindBuffer(B.PIXEL_PACK_BUFFER,null);let Le=ot!==null?Dt.get(ot).__webglFramebuffer:null;yt.bindFramebuffer(B.FRAMEBUFFER,Le);let be=B.fenceSync(B.SYNC_GPU_COMMANDS_COMPLETE,0);return B.flush(),await Ap(B,be,4),B.bindBuffer(B.PIXEL_PACK_BUFFER,re),B.getBufferSubData(B.PIXEL_PACK_BUFFER,0,vt),B.bindBuffer(B.PIXEL_PACK_BUFFER,null),B.deleteBuffer(re),B.deleteSync(be),vt}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(S,N=null,Z=0){let V=Math.pow(2,-Z),X=Math.floor(S.image.width*V),vt=Math.floor(S.image.height*V),Tt=N!==null?N.x:0,ut=N!==null?N.y:0;Ht.setTexture2D(S,0),B.copyTexSubImage2D(B.TEXTURE_2D,Z,0,0,Tt,ut,X,vt),yt.unbindTexture()},this.copyTextureToTexture=function(S,N,Z=null,V=null,X=0,vt=0){let Tt,ut,bt,It,Wt,se,Rt,re,Le,be=S.isCompressedTexture?S.mipmaps[vt]:S.image;if(Z!==null)Tt=Z.max.x-Z.min.x,ut=Z.max.y-Z.min.y,bt=Z.isBox3?Z.max.z-Z.min.z:1,It=Z.min.x,Wt=Z.min.y,se=Z.isBox3?Z.min.z:0;else{let ue=Math.pow(2,-X);Tt=Math.floor(be.width*ue),ut=Math.floor(be.height*ue),S.isDataArrayTexture?bt=be.depth:S.isData3DTexture?bt=Math.floor(be.depth*ue):bt=1,It=0,Wt=0,se=0}V!==null?(Rt=V.x,re=V.y,Le=V.z):(Rt=0,re=0,Le=0);let ve=ht.convert(N.format),Xe=ht.convert(N.type),Ct;N.isData3DTexture?(Ht.setTexture3D(N,0),Ct=B.TEXTURE_3D):N.isDataArrayTexture||N.isCompressedArrayTexture?(Ht.setTexture2DArray(N,0),Ct=B.TEXTURE_2D_ARRAY):(Ht.setTexture2D(N,0),Ct=B.TEXTURE_2D),yt.activeTexture(B.TEXTURE0),yt.pixelStorei(B.UNPACK_FLIP_Y_WEBGL,N.flipY),yt.pixelStorei(B.UNPACK_PREMULTIPLY_ALPHA_WEBGL,N.premultiplyAlpha),yt.pixelStorei(B.UNPACK_ALIGNMENT,N.unpackAlignment);let Pe=yt.getParameter(B.UNPACK_ROW_LENGTH),he=yt.getParameter(B.UNPACK_IMAGE_HEIGHT),Tn=yt.getParameter(B.UNPACK_SKIP_PIXELS),Ge=yt.getParameter(B.UNPACK_SKIP_ROWS),Bs=yt.getParameter(B.UNPACK_SKIP_IMAGES);yt.pixelStorei(B.UNPACK_ROW_LENGTH,be.width),yt.pixelStorei(B.UNPACK_IMAGE_HEIGHT,be.height),yt.pixelStorei(B.UNPACK_SKIP_PIXELS,It),yt.pixelStorei(B.UNPACK_SKIP_ROWS,Wt),yt.pixelStorei(B.UNPACK_SKIP_IMAGES,se);let _n=S.isDataArrayTexture||S.isData3DTexture,hi=N.isDataArrayTexture||N.isData3DTexture;if(S.isDepthTexture){let ue=Dt.get(S),Oe=Dt.get(N),cn=Dt.get(ue.__renderTarget),Ae=Dt.get(Oe.__renderTarget);yt.bindFramebuffer(B.READ_FRAMEBUFFER,cn.__webglFramebuffer),yt.bindFramebuffer(B.DRAW_FRAMEBUFFER,Ae.__webglFramebuffer);for(let Be=0;Be<bt;Be++)_n&&(B.framebufferTextureLayer(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Dt.get(S).__webglTexture,X,se+Be),B.framebufferTextureLayer(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Dt.get(N).__webglTexture,vt,Le+Be)),B.blitFramebuffer(It,Wt,It+Tt,Wt+ut,Rt,re,Rt+Tt,re+ut,B.DEPTH_BUFFER_BIT,B.NEAREST);yt.bindFramebuffer(B.READ_FRAMEBUFFER,null),yt.bindFramebuffer(B.DRAW_FRAMEBUFFER,null)}else if(X!==0||S.isRenderTargetTexture||Dt.has(S)){let ue=Dt.get(S),Oe=Dt.get(N);yt.bindFramebuffer(B.READ_FRAMEBUFFER,L),yt.bindFramebuffer(B.DRAW_FRAMEBUFFER,$);for(let cn=0;cn<bt;cn++)_n?B.framebufferTextureLayer(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,ue.__webglTexture,X,se+cn):B.framebufferTexture2D(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,ue.__webglTexture,X),hi?B.framebufferTextureLayer(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Oe.__webglTexture,vt,Le+cn):B.framebufferTexture2D(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,Oe.__webglTexture,vt),X!==0?B.blitFramebuffer(It,Wt,It+Tt,Wt+ut,Rt,re,Rt+Tt,re+ut,B.COLOR_BUFFER_BIT,B.NEAREST):hi?B.copyTexSubImage3D(Ct,vt,Rt,re,Le+cn,It,Wt,Tt,ut):B.copyTexSubImage2D(Ct,vt,Rt,re,It,Wt,Tt,ut);yt.bindFramebuffer(B.READ_FRAMEBUFFER,null),yt.bindFramebuffer(B.DRAW_FRAMEBUFFER,null)}else hi?S.isDataTexture||S.isData3DTexture?B.texSubImage3D(Ct,vt,Rt,re,Le,Tt,ut,bt,ve,Xe,be.data):N.isCompressedArrayTexture?B.compressedTexSubImage3D(Ct,vt,Rt,re,Le,Tt,ut,bt,ve,be.data):B.texSubImage3D(Ct,vt,Rt,re,Le,Tt,ut,bt,ve,Xe,be):S.isDataTexture?B.texSubImage2D(B.TEXTURE_2D,vt,Rt,re,Tt,ut,ve,Xe,be.data):S.isCompressedTexture?B.compressedTexSubImage2D(B.TEXTURE_2D,vt,Rt,re,be.width,be.height,ve,be.data):B.texSubImage2D(B.TEXTURE_2D,vt,Rt,re,Tt,ut,ve,Xe,be);yt.pixelStorei(B.UNPACK_ROW_LENGTH,Pe),yt.pixelStorei(B.UNPACK_IMAGE_HEIGHT,he),yt.pixelStorei(B.UNPACK_SKIP_PIXELS,Tn),yt.pixelStorei(B.UNPACK_SKIP_ROWS,Ge),yt.pixelStorei(B.UNPACK_SKIP_IMAGES,Bs),vt===0&&N.generateMipmaps===!0&&N.mipmapsAutoUpdate===!0&&B.generateMipmap(Ct),yt.unbindTexture()},this.initRenderTarget=function(S){Dt.get(S).__webglFramebuffer===void 0&&Ht.setupRenderTarget(S)},this.initTexture=function(S){S.isCubeTexture?Ht.setTextureCube(S,0):S.isData3DTexture?Ht.setTexture3D(S,0):S.isDataArrayTexture||S.isCompressedArrayTexture?Ht.setTexture2DArray(S,0):Ht.setTexture2D(S,0),yt.unbindTexture()},this.resetState=function(){J=0,G=0,ot=null,yt.reset(),pt.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return In}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(t){this._outputColorSpace=t;let e=this.getContext();e.drawingBufferColorSpace=ce._getDrawingBufferColorSpace(t),e.unpackColorSpace=ce._getUnpackColorSpace()}};var oi=["eyeBlinkLeft","eyeLookDownLeft","eyeLookInLeft","eyeLookOutLeft","eyeLookUpLeft","eyeSquintLeft","eyeWideLeft","eyeBlinkRight","eyeLookDownRight","eyeLookInRight","eyeLookOutRight","eyeLookUpRight","eyeSquintRight","eyeWideRight","jawForward","jawLeft","jawRight","jawOpen","mouthClose","mouthFunnel","mouthPucker","mouthLeft","mouthRight","mouthSmileLeft","mouthSmileRight","mouthFrownLeft","mouthFrownRight","mouthDimpleLeft","mouthDimpleRight","mouthStretchLeft","mouthStretchRight","mouthRollLower","mouthRollUpper","mouthShrugLower","mouthShrugUpper","mouthPressLeft","mouthPressRight","mouthLowerDownLeft","mouthLowerDownRight","mouthUpperUpLeft","mouthUpperUpRight","browDownLeft","browDownRight","browInnerUp","browOuterUpLeft","browOuterUpRight","cheekPuff","cheekSquintLeft","cheekSquintRight","noseSneerLeft","noseSneerRight","tongueOut"],te=oi.length,tn=Object.fromEntries(oi.map((i,t)=>[i,t])),E2=["pitch","yaw","roll","x","y","z"],ql=Math.PI/2,Yl=2,Ru=[ql,ql,ql,Yl,Yl,Yl],Cu=255,Zl=32767,A2=7,mo=2+A2,um=12,vT=1/(2*Cu),wT=ql/Zl/2,ST=Yl/Zl/2,mn=class extends Error{},Ki=class i{constructor(t,e=new Float32Array(te),n=new Float32Array(6)){if(!Number.isInteger(t)||t<0)throw new mn(`bad timestamp ${t}`);if(e.length!==te)throw new mn(`expected 52 weights, got ${e.length}`);for(let s=0;s<te;s++){let r=e[s];if(!(r>=0&&r<=1))throw new mn(`${oi[s]}=${r} is outside [0, 1]`)}for(let s=0;s<6;s++)if(!(Math.abs(n[s])<=Ru[s]*(1+1e-6)))throw new mn(`head ${E2[s]}=${n[s]} out of range`);this.timestamp=t,this.weights=Float32Array.from(e),this.pose=Float32Array.from(n)}static fromNamed(t,e,n){let s=new Float32Array(te);for(let[r,o]of Object.entries(e)){if(!(r in tn))throw new mn(`unknown blendshape ${r}`);s[tn[r]]=o}return new i(t,s,n)}weight(t){return this.weights[tn[t]]}};function T2(i){return Math.sign(i)*Math.floor(Math.abs(i)+.5)}function fm(i,t){if(!Number.isInteger(t)||t<-32768||t>32767)throw new mn(`motion frame is ${t} samples from its packet; the limit is \xB132767`);let e=new Uint8Array(te),n=0;for(let c=0;c<te;c++)e[c]=Math.floor(i.weights[c]*Cu+.5),e[c]&&n++;let s=Array.from(i.pose,(c,h)=>T2(c/Ru[h]*Zl)),r=s.some(c=>c!==0),o=new Uint8Array(mo+n+(r?um:0)),a=new DataView(o.buffer);a.setInt16(0,t);let l=mo;for(let c=0;c<te;c++)e[c]&&(o[2+(c>>3)]|=1<<(c&7),o[l++]=e[c]);return r&&(o[2+(te>>3)]|=1<<(te&7),s.forEach((c,h)=>a.setInt16(l+2*h,c))),o}function dm(i,t){if(i.length<mo)throw new mn(`motion frame of ${i.length} bytes is shorter than its 9-byte header`);let e=new DataView(i.buffer,i.byteOffset,i.byteLength),n=e.getInt16(0);if(i[8]&224)throw new mn("motion frame mask has reserved bits 53..55 set");let s=0;for(let u=0;u<te;u++)i[2+(u>>3)]&1<<(u&7)&&s++;let r=(i[2+(te>>3)]&1<<(te&7))!==0,o=mo+s+(r?um:0);if(i.length!==o)throw new mn(`motion frame is ${i.length} bytes; its mask says ${o}`);let a=new Float32Array(te),l=mo;for(let u=0;u<te;u++)i[2+(u>>3)]&1<<(u&7)&&(a[u]=i[l++]/Cu);let c=new Float32Array(6);if(r)for(let u=0;u<6;u++){let f=e.getInt16(l+2*u);if(f===-32768)throw new mn("motion frame pose value -32768 is out of range (\xB132767)");c[u]=f/Zl*Ru[u]}let h=((t+n)%2**32+2**32)%2**32;return new Ki(h,a,c)}var _m=.5,Pu=.65,vm=.55,wm=.17,R2=.08,Iu=.07,qn=-.31,Lu=.15,Sm=.2,C2=-.02,I2=-.12,P2=.24,Jl=Math.PI/180,gn={skin:[.86,.66,.55],hair:[.2,.13,.08],lip:[.72,.33,.36],mouth:[.16,.03,.05],teeth:[.95,.93,.88],tongue:[.85,.4,.45],brow:[.25,.16,.1],white:[.97,.97,.95],iris:[.3,.45,.6],pupil:[.04,.04,.04],lash:[.15,.1,.08]},Kl=(i,t,e)=>Math.min(e,Math.max(t,i)),Ti=(i,t,e)=>{let n=Kl((e-i)/(t-i),0,1);return n*n*(3-2*n)},Mm=i=>1-.3*Kl(-i/Pu,0,1)**2;function vs(i,t){let e=_m*Mm(t);return vm*Math.sqrt(Math.max(0,1-(i/e)**2-(t/Pu)**2))}function L2(i,t){let e=i[1]-C2,n=i[2]-I2,s=Math.cos(t),r=Math.sin(t);return[0,e*s-n*r-e,e*r+n*s-n]}function jl(i,t){switch(t){case"jawOpen":return L2(i,P2);case"jawForward":return[0,0,.04];case"jawLeft":return[.05,0,0];case"jawRight":return[-.05,0,0];default:return null}}function Uu(i,t,e){let n=Kl(i[0]/Lu,-1,1),s=Math.max(0,n)**2,r=Math.max(0,-n)**2,o=Ti(-.4,.4,n),a=1-o,l=1-.6*n*n;switch(t){case"mouthSmileLeft":return[.03*s,.05*s,-.02*s];case"mouthSmileRight":return[-.03*r,.05*r,-.02*r];case"mouthFrownLeft":return[0,-.04*s,0];case"mouthFrownRight":return[0,-.04*r,0];case"mouthDimpleLeft":return[.02*s,0,-.025*s];case"mouthDimpleRight":return[-.02*r,0,-.025*r];case"mouthStretchLeft":return[.045*s,-.01*s,-.01*s];case"mouthStretchRight":return[-.045*r,-.01*r,-.01*r];case"mouthPressLeft":return[0,(e?-.01:.012)*o,0];case"mouthPressRight":return[0,(e?-.01:.012)*a,0];case"mouthLowerDownLeft":return e?null:[0,-.045*o*l,.005];case"mouthLowerDownRight":return e?null:[0,-.045*a*l,.005];case"mouthUpperUpLeft":return e?[0,.035*o*l,.005]:null;case"mouthUpperUpRight":return e?[0,.035*a*l,.005]:null;case"mouthLeft":return[.05,0,0];case"mouthRight":return[-.05,0,0];case"mouthFunnel":return[-.15*i[0],(e?.025:-.03)*l,.03];case"mouthPucker":return[-.4*i[0],e?-.005:.005,.045*l];case"mouthRollLower":return e?null:[0,.012,-.025];case"mouthRollUpper":return e?[0,-.01,-.025]:null;case"mouthShrugLower":return e?null:[0,.02,.01];case"mouthShrugUpper":return e?[0,.015,.005]:null;case"mouthClose":return e?[0,-.01,0]:[0,.05,.01];default:return e?null:jl(i,t)}}var go=(i,t,e,n)=>Math.exp(-((i/e)**2)-(t/n)**2);function U2(i,t){let[e,n,s]=i,r=Ti(-.25,.05,s),o=Ti(qn+.01,qn-.06,n)*r*Ti(-.75,-.55,n),a=go(e,n-qn,.2,.09)*r,l=e>0?"Left":"Right",c=Math.sign(e),h=jl(i,t);if(h)return h.map(d=>d*o);if(t.startsWith("mouth")){let d=Uu(i,t,n>qn);return d&&d.map(g=>g*a)}let u=go(Math.abs(e)-wm,n-Sm,.12,.07)*r,f=1-Ti(.05,.3,Math.abs(e));switch(t){case`browDown${l}`:return[0,-.03*u,0];case`browOuterUp${l}`:return[0,.035*u*(1-f),0];case"browInnerUp":return[0,.04*u*f,0];case"cheekPuff":{let d=go(Math.abs(e)-.27,n+.25,.12,.12)*r;return[.06*c*d,0,.02*d]}case`cheekSquint${l}`:{let d=go(Math.abs(e)-.24,n+.06,.09,.07)*r;return[0,.025*d,.01*d]}case`noseSneer${l}`:return[0,.02*(go(Math.abs(e)-.05,n+.1,.06,.06)*r),0];default:return null}}function ji(i,t,e,n,s=null){let r=(t.index,t),o=r.attributes.position,a=o.count,l=new Float32Array(a*3),c=new Float32Array(a*3);for(let u=0;u<a;u++){let f=[o.getX(u),o.getY(u),o.getZ(u)];l.set(f,3*u),c.set(s?s(f,u):e,3*u)}let h=r.index?Array.from(r.index.array):Array.from({length:a},(u,f)=>f);i.push({base:l,colors:c,index:h,shapes:n})}function D2(i){let t=new fs(.5,72,56),e=t.attributes.position;for(let s=0;s<e.count;s++){let r=e.getX(s)*2,o=e.getY(s)*2,a=e.getZ(s)*2,l=o*Pu;e.setXYZ(s,r*_m*Mm(l),l,a*vm*(a<0?.95:1))}ji(i,t,null,U2,([s,r,o])=>{let a=.36+.08*Math.abs(s)-.3*Ti(.1,.45,-o+.3);return r>a||o<-.15&&r>-.2?gn.hair:gn.skin})}function pm(i,t){let e=t*wm,n=R2,s=vs(e,n)-.035,r=t>0?"Left":"Right",o=new fs(Iu,32,24),a=([u,f,d])=>{let g=Math.acos(Kl(d/Iu,-1,1));return g<.18?gn.pupil:g<.42?gn.iris:gn.white},l=(u,f)=>{let d=0,g=0,E=.35;if(f===`eyeLookUp${r}`)d=-E;else if(f===`eyeLookDown${r}`)d=E;else if(f===`eyeLookOut${r}`)g=t*E;else if(f===`eyeLookIn${r}`)g=-t*E;else return null;let[x,p,M]=u,A=p*Math.cos(d)-M*Math.sin(d),b=p*Math.sin(d)+M*Math.cos(d),R=x*Math.cos(g)+b*Math.sin(g),_=-x*Math.sin(g)+b*Math.cos(g);return[R-x,A-p,_-M]},c=i.length;ji(i,o,null,l,a);let h=i[c];for(let u=0;u<h.base.length;u+=3)h.base[u]+=e,h.base[u+1]+=n,h.base[u+2]+=s;h.shapes=(u,f)=>l([u[0]-e,u[1]-n,u[2]-s],f),mm(i,e,n,s,r,!0),mm(i,e,n,s,r,!1)}function mm(i,t,e,n,s,r){let o=Iu+.006,a=(r?75:-75)*Jl,l=(r?28:-32)*Jl,c=24,h=10,u=(A,b,R)=>{let _=a+b*(R-a);return[t+o*Math.cos(_)*Math.sin(A),e+o*Math.sin(_),n+o*Math.cos(_)*Math.cos(A)]},f=[],d=[],g=[];for(let A=0;A<=h;A++)for(let b=0;b<=c;b++){let R=(-65+130*b/c)*Jl,_=A/h;f.push(...u(R,_,l)),d.push([R,_])}for(let A=0;A<h;A++)for(let b=0;b<c;b++){let R=A*(c+1)+b,_=R+c+1;r?g.push(R,_,R+1,R+1,_,_+1):g.push(R,R+1,_,R+1,_+1,_)}let E=r?{[`eyeBlink${s}`]:-30,[`eyeWide${s}`]:48,[`eyeSquint${s}`]:18}:{[`eyeSquint${s}`]:-12,[`cheekSquint${s}`]:-22,[`eyeBlink${s}`]:-31},x=new Float32Array(f),p=new Float32Array(f.length);d.forEach(([,A],b)=>p.set(A>.85?gn.lash:gn.skin,3*b));let M=new Map(d.map((A,b)=>[b,A]));i.push({base:x,colors:p,index:g,shapes:(A,b,R)=>{if(!(b in E))return null;let[_,y]=M.get(R),T=u(_,y,l),k=u(_,y,E[b]*Jl);return[k[0]-T[0],k[1]-T[1],k[2]-T[2]]}})}function gm(i,t){let e=t>0?"Left":"Right",n=[.06,.13,.2,.27].map((r,o)=>{let a=t*r,l=Sm+[0,.012,.014,0][o];return new H(a,l,vs(a,l)+.008)}),s=new or(new us(n),16,.016,6,!1);ji(i,s,gn.brow,(r,o)=>{let a=Ti(.06,.27,Math.abs(r[0]));return o===`browDown${e}`?[0,-.035*(1.2-.4*a),.004]:o==="browInnerUp"?[0,.05*(1-a),0]:o===`browOuterUp${e}`?[0,.045*a,0]:null})}function N2(i){let t=new Zr(.055,.2,16,4);t.rotateX(Math.PI/2-.35),t.scale(1,1.3,1),t.translate(0,-.08,vs(0,-.08)+.02),ji(i,t,gn.skin,(e,n)=>n==="noseSneerLeft"&&e[0]>0?[.005,.02*Ti(0,.04,e[0]),0]:n==="noseSneerRight"&&e[0]<0?[-.005,.02*Ti(0,.04,-e[0]),0]:null)}function xm(i,t){let n=Array.from({length:9},(o,a)=>{let l=-1+2*a/8,c=l*Lu,h=qn+(t?.022:-.024)*(1-l*l)+(t?.002:-.002);return new H(c,h,vs(c,h)+.004-.02*l*l)}),s=t?.02:.024,r=new or(new us(n),32,s,8,!1);ji(i,r,gn.lip,(o,a)=>Uu(o,a,t))}function F2(i){let n=[],s=[],r=[];for(let a=0;a<=8;a++)for(let l=0;l<=24;l++){let c=-1+2*l/24,h=-1+2*a/8,u=c*Lu*.95,f=qn+h*.004*(1-c*c);n.push(u,f,vs(u,qn)+.006-.02*c*c),r.push(h>0)}for(let a=0;a<8;a++)for(let l=0;l<24;l++){let c=a*25+l,h=c+24+1;s.push(c,c+1,h,c+1,h+1,h)}let o=new Float32Array(n.length);for(let a=0;a<r.length;a++)o.set(gn.mouth,3*a);i.push({base:new Float32Array(n),colors:o,index:s,shapes:(a,l,c)=>Uu(a,l,r[c])})}function ym(i,t){let e=new Hi(.2,.03,.03,8,1,1),n=qn+(t?.006:-.01);e.translate(0,n,vs(0,qn)-.012);let s=e.attributes.position;for(let r=0;r<s.count;r++)s.setZ(r,s.getZ(r)-1.2*s.getX(r)**2);ji(i,e,gn.teeth,(r,o)=>t?null:jl(r,o))}function O2(i){let t=new fs(.06,16,12);t.scale(1.1,.35,1),t.translate(0,qn-.02,vs(0,qn)-.05),ji(i,t,gn.tongue,(e,n)=>n==="tongueOut"?[0,-.02,.09]:jl(e,n))}function B2(i){let t=new rr(.2,.24,.5,24,1,!0);t.translate(0,-.72,-.05),ji(i,t,gn.skin,()=>null)}function k2(){let i=[];D2(i),pm(i,1),pm(i,-1),gm(i,1),gm(i,-1),N2(i),F2(i),ym(i,!0),ym(i,!1),O2(i),xm(i,!0),xm(i,!1),B2(i);let t=i.reduce((l,c)=>l+c.base.length/3,0),e=new Float32Array(t*3),n=new Float32Array(t*3),s=oi.map(()=>new Float32Array(t*3)),r=[],o=0;for(let l of i){let c=l.base.length/3;e.set(l.base,3*o),n.set(l.colors,3*o);for(let h of l.index)r.push(h+o);for(let h=0;h<c;h++){let u=[l.base[3*h],l.base[3*h+1],l.base[3*h+2]];oi.forEach((f,d)=>{let g=l.shapes(u,f,h);g&&s[d].set(g,3*(o+h))})}o+=c}let a=new Mn;return a.setAttribute("position",new Qe(e,3)),a.setAttribute("color",new Qe(n,3)),a.setIndex(r),a.computeVertexNormals(),a.morphAttributes.position=s.map((l,c)=>{let h=new Qe(l,3);return h.name=oi[c],h}),a.morphTargetsRelative=!0,a}var pr=class{constructor(){this.geometry=k2(),this.material=new Vi({vertexColors:!0,roughness:.65,metalness:0}),this.mesh=new He(this.geometry,this.material),this.mesh.morphTargetInfluences=new Array(te).fill(0),this.mesh.morphTargetDictionary=Object.fromEntries(oi.map((t,e)=>[t,e])),this.group=new sn,this.group.add(this.mesh)}setMotion(t,e){for(let n=0;n<te;n++)this.mesh.morphTargetInfluences[n]=t[n];this.group.rotation.set(e[0],e[1],-e[2],"YXZ"),this.group.position.set(e[3],-e[4],e[5])}};function Ql(){try{let i=Qi(1,1).getContext("webgl2"),t=i&&i.getExtension("WEBGL_debug_renderer_info"),e=t?String(i.getParameter(t.UNMASKED_RENDERER_WEBGL)):"";return i?.getExtension("WEBGL_lose_context")?.loseContext(),/swiftshader|llvmpipe|software/i.test(e)}catch{return!1}}function Qi(i,t){if(typeof document>"u")return new OffscreenCanvas(i,t);let e=document.createElement("canvas");return e.width=i,e.height=t,e}var z2=/^([A-Za-z]+):(?:([^@/?#]*)@)?([^:/?#@[\]]+)(?::([0-9]{1,5}))?(?:\?transport=([A-Za-z]+))?$/,bm={stun:3478,turn:3478,turns:5349};function G2(i){let t=z2.exec(String(i).trim());if(!t)throw new Error(`${JSON.stringify(i)} is not a STUN/TURN URL: expected stun:HOST:PORT or turn:USER:PASS@HOST:PORT`);let[,e,n,s,r,o]=t,a=e.toLowerCase();if(!(a in bm))throw new Error(`${JSON.stringify(i)}: unknown scheme ${JSON.stringify(e)} (stun, turn or turns)`);let l=r?Number(r):bm[a];if(l<1||l>65535)throw new Error(`${JSON.stringify(i)}: port ${l} is out of range`);if(a==="stun"){if(n!==void 0||o)throw new Error(`${JSON.stringify(i)}: a STUN server takes no credentials or transport`);return{urls:`stun:${s}:${l}`}}let c=(o||(a==="turns"?"tcp":"udp")).toLowerCase();if(!["udp","tcp"].includes(c)||a==="turns"&&c!=="tcp")throw new Error(`${JSON.stringify(i)}: transport must be udp or tcp (turns: tcp only)`);let h=n===void 0?-1:n.indexOf(":");if(h<=0||h===n.length-1)throw new Error(`${JSON.stringify(i)}: a TURN server needs USER:PASS@ in the URL`);return{urls:`${a}:${s}:${l}?transport=${c}`,username:decodeURIComponent(n.slice(0,h)),credential:decodeURIComponent(n.slice(h+1))}}function Em(i){return i.getAll("ice").map(G2)}var xo=class extends Error{constructor(t,e){super(`${t}: ${e}`),this.code=t}},tc=class{constructor(t,e,n,s,r){Object.assign(this,{url:t,room:e,peer:n,token:s,handlers:r}),this.ws=null}connect(){return new Promise((t,e)=>{let n=new WebSocket(this.url);this.ws=n;let s=!1;n.onopen=()=>{let r={type:"join",room:this.room,peer:this.peer};this.token&&(r.token=this.token),n.send(JSON.stringify(r))},n.onerror=()=>{s||e(new xo("unreachable",`cannot reach ${this.url}`))},n.onclose=()=>{s?this.handlers.closed?.():e(new xo("closed","the server closed the connection"))},n.onmessage=r=>{let o;try{o=JSON.parse(r.data)}catch{return}switch(o.type){case"joined":s=!0,t(Array.isArray(o.peers)?o.peers:[]);break;case"peer-joined":this.handlers.peerJoined?.(o.peer);break;case"peer-left":this.handlers.peerLeft?.(o.peer);break;case"signal":this.handlers.signal?.(o.from,o.data);break;case"error":s?this.handlers.error?.(o.code,o.message):e(new xo(o.code,o.message));break;default:break}}})}send(t,e){this.ws?.readyState===WebSocket.OPEN&&this.ws.send(JSON.stringify({type:"signal",to:t,data:e}))}close(){this.ws?.readyState===WebSocket.OPEN&&this.ws.send(JSON.stringify({type:"leave"})),this.ws?.close()}};var Am=["control","media"];function Tm(i,t=3e3){return i.iceGatheringState==="complete"?Promise.resolve():new Promise(e=>{let n=()=>{i.iceGatheringState==="complete"&&(i.removeEventListener("icegatheringstatechange",n),e())};i.addEventListener("icegatheringstatechange",n),setTimeout(e,t)})}var mr=class{constructor(t,e){Object.assign(this,{remote:t,pc:e,channels:{},isOpen:!1,closed:!1,lastRx:performance.now(),lastTx:performance.now()}),this.counters={rxMessages:0,rxBytes:0,txMessages:0,txBytes:0,mediaDroppedFull:0}}send(t,e){let n=this.channels[t];return this.closed||!n||n.readyState!=="open"?!1:t==="media"&&n.bufferedAmount>32*1024?(this.counters.mediaDroppedFull++,!1):(n.send(e),this.counters.txMessages++,this.counters.txBytes+=e.byteLength,this.lastTx=performance.now(),!0)}},ec=class{constructor({url:t,room:e,peer:n,token:s=null,idleTimeoutMs:r=4e3,heartbeatMs:o=1e3,iceServers:a=[]},l,c=()=>{}){Object.assign(this,{url:t,room:e,peer:n,token:s,idleTimeoutMs:r,heartbeatMs:o,iceServers:a,role:l,log:c}),this.links=new Map,this.timer=null}async start(){this.signaling=new tc(this.url,this.room,this.peer,this.token,{peerJoined:e=>this.maybeOffer(e),peerLeft:e=>{let n=this.links.get(e);n&&this.drop(n,"left the room")},signal:(e,n)=>this.onSignal(e,n).catch(s=>this.log(`signal from ${e} failed: ${s}`)),error:(e,n)=>this.log(`signaling server: ${e}: ${n}`),closed:()=>this.log("signaling connection closed")});let t=await this.signaling.connect();this.log(`joined room ${this.room} as ${this.peer}; peers here: ${t.join(", ")||"none"}`);for(let e of t)await this.maybeOffer(e);this.timer=setInterval(()=>this.watchdog(),250)}openLinks(){return[...this.links.values()].filter(t=>t.isOpen&&!t.closed)}newLink(t){let e=new RTCPeerConnection({iceServers:this.iceServers}),n=new mr(t,e);return this.links.set(t,n),e.ondatachannel=s=>this.watchChannel(n,s.channel),e.onconnectionstatechange=()=>{["failed","closed"].includes(e.connectionState)&&!n.closed&&this.drop(n,`connection ${e.connectionState}`)},n}async maybeOffer(t){if(t===this.peer||this.links.has(t)||this.peer>t)return;let e=this.newLink(t),{pc:n}=e;this.watchChannel(e,n.createDataChannel("control")),this.watchChannel(e,n.createDataChannel("media",{ordered:!1,maxRetransmits:0})),await n.setLocalDescription(await n.createOffer()),await Tm(n),this.signaling.send(t,{type:"offer",sdp:n.localDescription.sdp})}async onSignal(t,e){if(!(!e||typeof e!="object"))if(e.type==="offer"){let n=this.links.get(t);n&&this.drop(n,"renegotiated");let s=this.newLink(t);await s.pc.setRemoteDescription({type:"offer",sdp:String(e.sdp)}),await s.pc.setLocalDescription(await s.pc.createAnswer()),await Tm(s.pc),this.signaling.send(t,{type:"answer",sdp:s.pc.localDescription.sdp})}else e.type==="answer"&&this.links.has(t)?await this.links.get(t).pc.setRemoteDescription({type:"answer",sdp:String(e.sdp)}):e.type==="candidate"&&this.links.has(t)&&e.candidate&&await this.links.get(t).pc.addIceCandidate({candidate:String(e.candidate),sdpMid:e.sdpMid,sdpMLineIndex:e.sdpMLineIndex})}watchChannel(t,e){let n=e.label;if(!Am.includes(n)||t.channels[n]){this.log(`peer ${t.remote} opened an unexpected channel ${n}`);return}e.binaryType="arraybuffer",t.channels[n]=e;let s=()=>{!t.isOpen&&Am.every(r=>t.channels[r]?.readyState==="open")&&(t.isOpen=!0,t.lastRx=performance.now(),this.log(`link to ${t.remote} open`),this.role.linkOpen(t))};e.onopen=s,e.onmessage=r=>{if(t.closed)return;let o=typeof r.data=="string"?new TextEncoder().encode(r.data):new Uint8Array(r.data);t.lastRx=performance.now(),t.counters.rxMessages++,t.counters.rxBytes+=o.length,this.role.linkMessage(t,n,o)},e.readyState==="open"&&s()}drop(t,e){if(!t.closed){t.closed=!0,this.links.get(t.remote)===t&&this.links.delete(t.remote),this.log(`link to ${t.remote} closed: ${e}`);try{this.role.linkClosed(t,e)}finally{t.pc.close()}}}watchdog(){let t=performance.now();for(let e of[...this.links.values()])e.isOpen&&(t-e.lastRx>this.idleTimeoutMs?this.drop(e,`nothing received for ${this.idleTimeoutMs/1e3} s`):t-e.lastTx>this.heartbeatMs&&e.send("control",this.role.heartbeat()))}close(){clearInterval(this.timer);for(let t of[...this.links.values()])this.drop(t,"closing");this.signaling?.close()}};var H2=2e4;function V2(i){if(i.length<2)return"control";let t=i[0],e=t>=144&&t<=159?1:t===220?3:t===221?5:-1;return e<0||i.length<=e||i[e]>=128?"control":(i[e]&15)===1?"media":"control"}var Du=class{constructor(t,e){Object.assign(this,{url:t,onEvent:e,waiting:new Map,next:1,session:null})}connect(){return new Promise((t,e)=>{this.ws=new WebSocket(this.url,"janus-protocol"),this.ws.onopen=()=>t(),this.ws.onerror=()=>e(new Error(`cannot reach Janus at ${this.url}`)),this.ws.onmessage=n=>this.dispatch(JSON.parse(n.data))})}dispatch(t){let e=this.waiting.get(t.transaction);if(e&&(t.janus!=="ack"||e.ack)){this.waiting.delete(t.transaction),e.resolve(t);return}(t.janus==="event"||t.janus==="hangup"||t.janus==="detached")&&this.onEvent(t)}request(t,{ack:e=!1}={}){let n=`t${this.next++}`,s={...t,transaction:n};return this.session&&(s.session_id=this.session),new Promise((r,o)=>{this.waiting.set(n,{resolve:r,ack:e}),this.ws.send(JSON.stringify(s)),setTimeout(()=>{this.waiting.delete(n)&&o(new Error(`Janus did not answer ${t.janus}`))},1e4)}).then(r=>{if(r.janus==="error")throw new Error(`Janus: ${r.error?.reason}`);let o=r.plugindata?.data;if(o?.error&&o.error_code!==427)throw new Error(`Janus: ${o.error}`);return r})}async attach(){return(await this.request({janus:"attach",plugin:"janus.plugin.videoroom"})).data.id}message(t,e,n){return this.request({janus:"message",handle_id:t,body:e,...n?{jsep:n}:{}})}},nc=class{constructor({sfu:t,room:e,peer:n,name:s="browser",iceServers:r=[],idleTimeoutMs:o=4e3,heartbeatMs:a=1e3},l,c=()=>{}){if(Object.assign(this,{sfu:t,room:Number(e),peer:n,name:s,iceServers:r,idleTimeoutMs:o,heartbeatMs:a,role:l,log:c}),!(this.room>0))throw new Error("with ?sfu= the room is a Janus room number");this.links=new Map,this.publishLink=null,this.announcements=0,this.lastIntro=0}async start(){this.janus=new Du(this.sfu,n=>this.onEvent(n)),await this.janus.connect(),this.janus.session=(await this.janus.request({janus:"create"})).data.id,this.keepalive=setInterval(()=>this.janus.request({janus:"keepalive"},{ack:!0}).catch(()=>{}),H2),this.presence=await this.janus.attach(),(await this.janus.message(this.presence,{request:"exists",room:this.room})).plugindata.data.exists||await this.janus.message(this.presence,{request:"create",room:this.room,publishers:100});let e=(await this.janus.message(this.presence,{request:"join",ptype:"publisher",room:this.room,display:this.name})).plugindata.data;this.ownId=e.id,this.log(`joined Janus room ${this.room} as ${e.id}; publishers here: ${e.publishers.length}`),await this.publish();for(let n of e.publishers)await this.subscribe(n.id);this.timer=setInterval(()=>this.watchdog(),250)}openLinks(){return[...this.links.values(),...this.publishLink?[this.publishLink]:[]].filter(t=>t.isOpen&&!t.closed)}async publish(){let t=new RTCPeerConnection({iceServers:this.iceServers}),e=this.publishLink=new mr("sfu",t);for(let[s,r]of[["control",{}],["media",{ordered:!1,maxRetransmits:0}]]){let o=t.createDataChannel(s,r);o.binaryType="arraybuffer",e.channels[s]=o,o.onopen=()=>{e.isOpen=Object.values(e.channels).every(a=>a.readyState==="open")}}await t.setLocalDescription(await t.createOffer());let n=await this.janus.message(this.presence,{request:"publish",data:!0},{type:"offer",sdp:t.localDescription.sdp});await t.setRemoteDescription(n.jsep)}async subscribe(t){if(t===this.ownId||this.links.has(String(t)))return;let e=await this.janus.attach(),n=await this.janus.message(e,{request:"join",ptype:"subscriber",room:this.room,streams:[{feed:t}]}),s=new RTCPeerConnection({iceServers:this.iceServers}),r=new mr(String(t),s);r.handle=e,this.links.set(r.remote,r),s.ondatachannel=o=>this.watchRelay(r,o.channel),s.onconnectionstatechange=()=>{["failed","closed"].includes(s.connectionState)&&this.drop(r,`connection ${s.connectionState}`)},await s.setRemoteDescription(n.jsep),s.createDataChannel("subscriber"),await s.setLocalDescription(await s.createAnswer()),await this.janus.message(e,{request:"start"},{type:"answer",sdp:s.localDescription.sdp})}watchRelay(t,e){e.binaryType="arraybuffer",e.onopen=()=>{t.isOpen||(t.isOpen=!0,t.lastRx=performance.now(),this.role.linkOpen(t),this.janus.message(this.presence,{request:"configure",display:`${this.name} #${++this.announcements}`}).catch(()=>{}))},e.onmessage=n=>{if(t.closed)return;let s=typeof n.data=="string"?new TextEncoder().encode(n.data):new Uint8Array(n.data);t.lastRx=performance.now(),t.counters.rxMessages++,t.counters.rxBytes+=s.length,t.isOpen||e.onopen(),this.role.linkMessage(t,V2(s),s)},e.readyState==="open"&&e.onopen()}onEvent(t){if(t.janus!=="event"||t.sender!==this.presence){let n=[...this.links.values()].find(s=>s.handle===t.sender);n&&t.janus!=="event"&&this.drop(n,t.janus);return}let e=t.plugindata?.data||{};for(let n of e.publishers||[])this.subscribe(n.id).catch(s=>this.log(`subscribing to ${n.id} failed: ${s.message}`));for(let n of["unpublished","leaving"]){let s=this.links.get(String(e[n]));s&&this.drop(s,"left the room")}e.display&&e.id!==void 0&&e.id!==this.ownId&&this.audienceReady()}audienceReady(){let t=this.publishLink;if(!t?.isOpen||this.introDue)return;let e=Math.max(0,this.lastIntro+1e3-performance.now());this.introDue=setTimeout(()=>{this.introDue=null,this.lastIntro=performance.now(),t.send("control",this.role.heartbeat()),this.role.myPhoto&&this.role.sendPhoto(t)},e)}drop(t,e){if(!t.closed){t.closed=!0,this.links.delete(t.remote),this.log(`link to ${t.remote} closed: ${e}`);try{this.role.linkClosed(t,e)}finally{t.pc.close()}}}watchdog(){let t=performance.now();for(let n of[...this.links.values()])n.isOpen&&t-n.lastRx>this.idleTimeoutMs&&this.drop(n,`nothing received for ${this.idleTimeoutMs/1e3} s`);let e=this.publishLink;e?.isOpen&&t-e.lastTx>this.heartbeatMs&&e.send("control",this.role.heartbeat())}close(){clearInterval(this.timer),clearInterval(this.keepalive),clearTimeout(this.introDue);for(let t of[...this.links.values()])this.drop(t,"closing");this.publishLink?.pc.close(),this.janus?.request({janus:"destroy"}).catch(()=>{}),setTimeout(()=>this.janus?.ws.close(),200)}};function Rm(i){let t=i.length,e=0,n=0;for(;n<t;){let s=i.charCodeAt(n++);if((s&4294967168)===0){e++;continue}else if((s&4294965248)===0)e+=2;else{if(s>=55296&&s<=56319&&n<t){let r=i.charCodeAt(n);(r&64512)===56320&&(++n,s=((s&1023)<<10)+(r&1023)+65536)}(s&4294901760)===0?e+=3:e+=4}}return e}function W2(i,t,e){let n=i.length,s=e,r=0;for(;r<n;){let o=i.charCodeAt(r++);if((o&4294967168)===0){t[s++]=o;continue}else if((o&4294965248)===0)t[s++]=o>>6&31|192;else{if(o>=55296&&o<=56319&&r<n){let a=i.charCodeAt(r);(a&64512)===56320&&(++r,o=((o&1023)<<10)+(a&1023)+65536)}(o&4294901760)===0?(t[s++]=o>>12&15|224,t[s++]=o>>6&63|128):(t[s++]=o>>18&7|240,t[s++]=o>>12&63|128,t[s++]=o>>6&63|128)}t[s++]=o&63|128}}var X2=new TextEncoder,$2=50;function q2(i,t,e){X2.encodeInto(i,t.subarray(e))}function Cm(i,t,e){i.length>$2?q2(i,t,e):W2(i,t,e)}var Y2=4096;function Nu(i,t,e){let n=t,s=n+e,r=[],o="";for(;n<s;){let a=i[n++];if((a&128)===0)r.push(a);else if((a&224)===192){let l=i[n++]&63;r.push((a&31)<<6|l)}else if((a&240)===224){let l=i[n++]&63,c=i[n++]&63;r.push((a&31)<<12|l<<6|c)}else if((a&248)===240){let l=i[n++]&63,c=i[n++]&63,h=i[n++]&63,u=(a&7)<<18|l<<12|c<<6|h;u>65535&&(u-=65536,r.push(u>>>10&1023|55296),u=56320|u&1023),r.push(u)}else r.push(a);r.length>=Y2&&(o+=String.fromCharCode(...r),r.length=0)}return r.length>0&&(o+=String.fromCharCode(...r)),o}var Z2=new TextDecoder,J2=200;function K2(i,t,e){let n=i.subarray(t,t+e);return Z2.decode(n)}function Im(i,t,e){return e>J2?K2(i,t,e):Nu(i,t,e)}var ws=class{type;data;constructor(t,e){this.type=t,this.data=e}};var xn=class i extends Error{constructor(t){super(t);let e=Object.create(i.prototype);Object.setPrototypeOf(this,e),Object.defineProperty(this,"name",{configurable:!0,enumerable:!1,value:i.name})}};function Pm(i,t,e){let n=e/4294967296,s=e;i.setUint32(t,n),i.setUint32(t+4,s)}function ic(i,t,e){let n=Math.floor(e/4294967296),s=e;i.setUint32(t,n),i.setUint32(t+4,s)}function sc(i,t){let e=i.getInt32(t),n=i.getUint32(t+4);return e*4294967296+n}function Lm(i,t){let e=i.getUint32(t),n=i.getUint32(t+4);return e*4294967296+n}var j2=-1,Q2=4294967296-1,tS=17179869184-1;function eS({sec:i,nsec:t}){if(i>=0&&t>=0&&i<=tS)if(t===0&&i<=Q2){let e=new Uint8Array(4);return new DataView(e.buffer).setUint32(0,i),e}else{let e=i/4294967296,n=i&4294967295,s=new Uint8Array(8),r=new DataView(s.buffer);return r.setUint32(0,t<<2|e&3),r.setUint32(4,n),s}else{let e=new Uint8Array(12),n=new DataView(e.buffer);return n.setUint32(0,t),ic(n,4,i),e}}function nS(i){let t=i.getTime(),e=Math.floor(t/1e3),n=(t-e*1e3)*1e6,s=Math.floor(n/1e9);return{sec:e+s,nsec:n-s*1e9}}function iS(i){if(i instanceof Date){let t=nS(i);return eS(t)}else return null}function sS(i){let t=new DataView(i.buffer,i.byteOffset,i.byteLength);switch(i.byteLength){case 4:return{sec:t.getUint32(0),nsec:0};case 8:{let e=t.getUint32(0),n=t.getUint32(4),s=(e&3)*4294967296+n,r=e>>>2;return{sec:s,nsec:r}}case 12:{let e=sc(t,4),n=t.getUint32(0);return{sec:e,nsec:n}}default:throw new xn(`Unrecognized data size for timestamp (expected 4, 8, or 12): ${i.length}`)}}function rS(i){let t=sS(i);return new Date(t.sec*1e3+t.nsec/1e6)}var Um={type:j2,encode:iS,decode:rS};var gr=class i{static defaultCodec=new i;__brand;builtInEncoders=[];builtInDecoders=[];encoders=[];decoders=[];constructor(){this.register(Um)}register({type:t,encode:e,decode:n}){if(t>=0)this.encoders[t]=e,this.decoders[t]=n;else{let s=-1-t;this.builtInEncoders[s]=e,this.builtInDecoders[s]=n}}tryToEncode(t,e){for(let n=0;n<this.builtInEncoders.length;n++){let s=this.builtInEncoders[n];if(s!=null){let r=s(t,e);if(r!=null){let o=-1-n;return new ws(o,r)}}}for(let n=0;n<this.encoders.length;n++){let s=this.encoders[n];if(s!=null){let r=s(t,e);if(r!=null){let o=n;return new ws(o,r)}}}return t instanceof ws?t:null}decode(t,e,n){let s=e<0?this.builtInDecoders[-1-e]:this.decoders[e];return s?s(t,e,n):new ws(e,t)}};function oS(i){return i instanceof ArrayBuffer||typeof SharedArrayBuffer<"u"&&i instanceof SharedArrayBuffer}function yo(i){return i instanceof Uint8Array?i:ArrayBuffer.isView(i)?new Uint8Array(i.buffer,i.byteOffset,i.byteLength):oS(i)?new Uint8Array(i):Uint8Array.from(i)}var aS=100,lS=2048,rc=class i{extensionCodec;context;useBigInt64;maxDepth;initialBufferSize;sortKeys;forceFloat32;ignoreUndefined;forceIntegerToFloat;pos;view;bytes;entered=!1;constructor(t){this.extensionCodec=t?.extensionCodec??gr.defaultCodec,this.context=t?.context,this.useBigInt64=t?.useBigInt64??!1,this.maxDepth=t?.maxDepth??aS,this.initialBufferSize=t?.initialBufferSize??lS,this.sortKeys=t?.sortKeys??!1,this.forceFloat32=t?.forceFloat32??!1,this.ignoreUndefined=t?.ignoreUndefined??!1,this.forceIntegerToFloat=t?.forceIntegerToFloat??!1,this.pos=0,this.view=new DataView(new ArrayBuffer(this.initialBufferSize)),this.bytes=new Uint8Array(this.view.buffer)}clone(){return new i({extensionCodec:this.extensionCodec,context:this.context,useBigInt64:this.useBigInt64,maxDepth:this.maxDepth,initialBufferSize:this.initialBufferSize,sortKeys:this.sortKeys,forceFloat32:this.forceFloat32,ignoreUndefined:this.ignoreUndefined,forceIntegerToFloat:this.forceIntegerToFloat})}reinitializeState(){this.pos=0}encodeSharedRef(t){if(this.entered)return this.clone().encodeSharedRef(t);try{return this.entered=!0,this.reinitializeState(),this.doEncode(t,1),this.bytes.subarray(0,this.pos)}finally{this.entered=!1}}encode(t){if(this.entered)return this.clone().encode(t);try{return this.entered=!0,this.reinitializeState(),this.doEncode(t,1),this.bytes.slice(0,this.pos)}finally{this.entered=!1}}doEncode(t,e){if(e>this.maxDepth)throw new Error(`Too deep objects in depth ${e}`);t==null?this.encodeNil():typeof t=="boolean"?this.encodeBoolean(t):typeof t=="number"?this.forceIntegerToFloat?this.encodeNumberAsFloat(t):this.encodeNumber(t):typeof t=="string"?this.encodeString(t):this.useBigInt64&&typeof t=="bigint"?this.encodeBigInt64(t):this.encodeObject(t,e)}ensureBufferSizeToWrite(t){let e=this.pos+t;this.view.byteLength<e&&this.resizeBuffer(e*2)}resizeBuffer(t){let e=new ArrayBuffer(t),n=new Uint8Array(e),s=new DataView(e);n.set(this.bytes),this.view=s,this.bytes=n}encodeNil(){this.writeU8(192)}encodeBoolean(t){t===!1?this.writeU8(194):this.writeU8(195)}encodeNumber(t){!this.forceIntegerToFloat&&Number.isSafeInteger(t)?t>=0?t<128?this.writeU8(t):t<256?(this.writeU8(204),this.writeU8(t)):t<65536?(this.writeU8(205),this.writeU16(t)):t<4294967296?(this.writeU8(206),this.writeU32(t)):this.useBigInt64?this.encodeNumberAsFloat(t):(this.writeU8(207),this.writeU64(t)):t>=-32?this.writeU8(224|t+32):t>=-128?(this.writeU8(208),this.writeI8(t)):t>=-32768?(this.writeU8(209),this.writeI16(t)):t>=-2147483648?(this.writeU8(210),this.writeI32(t)):this.useBigInt64?this.encodeNumberAsFloat(t):(this.writeU8(211),this.writeI64(t)):this.encodeNumberAsFloat(t)}encodeNumberAsFloat(t){this.forceFloat32?(this.writeU8(202),this.writeF32(t)):(this.writeU8(203),this.writeF64(t))}encodeBigInt64(t){t>=BigInt(0)?(this.writeU8(207),this.writeBigUint64(t)):(this.writeU8(211),this.writeBigInt64(t))}writeStringHeader(t){if(t<32)this.writeU8(160+t);else if(t<256)this.writeU8(217),this.writeU8(t);else if(t<65536)this.writeU8(218),this.writeU16(t);else if(t<4294967296)this.writeU8(219),this.writeU32(t);else throw new Error(`Too long string: ${t} bytes in UTF-8`)}encodeString(t){let n=Rm(t);this.ensureBufferSizeToWrite(5+n),this.writeStringHeader(n),Cm(t,this.bytes,this.pos),this.pos+=n}encodeObject(t,e){let n=this.extensionCodec.tryToEncode(t,this.context);if(n!=null)this.encodeExtension(n);else if(Array.isArray(t))this.encodeArray(t,e);else if(ArrayBuffer.isView(t))this.encodeBinary(t);else if(typeof t=="object")this.encodeMap(t,e);else throw new Error(`Unrecognized object: ${Object.prototype.toString.apply(t)}`)}encodeBinary(t){let e=t.byteLength;if(e<256)this.writeU8(196),this.writeU8(e);else if(e<65536)this.writeU8(197),this.writeU16(e);else if(e<4294967296)this.writeU8(198),this.writeU32(e);else throw new Error(`Too large binary: ${e}`);let n=yo(t);this.writeU8a(n)}encodeArray(t,e){let n=t.length;if(n<16)this.writeU8(144+n);else if(n<65536)this.writeU8(220),this.writeU16(n);else if(n<4294967296)this.writeU8(221),this.writeU32(n);else throw new Error(`Too large array: ${n}`);for(let s of t)this.doEncode(s,e+1)}countWithoutUndefined(t,e){let n=0;for(let s of e)t[s]!==void 0&&n++;return n}encodeMap(t,e){let n=Object.keys(t);this.sortKeys&&n.sort();let s=this.ignoreUndefined?this.countWithoutUndefined(t,n):n.length;if(s<16)this.writeU8(128+s);else if(s<65536)this.writeU8(222),this.writeU16(s);else if(s<4294967296)this.writeU8(223),this.writeU32(s);else throw new Error(`Too large map object: ${s}`);for(let r of n){let o=t[r];this.ignoreUndefined&&o===void 0||(this.encodeString(r),this.doEncode(o,e+1))}}encodeExtension(t){if(typeof t.data=="function"){let n=t.data(this.pos+6),s=n.length;if(s>=4294967296)throw new Error(`Too large extension object: ${s}`);this.writeU8(201),this.writeU32(s),this.writeI8(t.type),this.writeU8a(n);return}let e=t.data.length;if(e===1)this.writeU8(212);else if(e===2)this.writeU8(213);else if(e===4)this.writeU8(214);else if(e===8)this.writeU8(215);else if(e===16)this.writeU8(216);else if(e<256)this.writeU8(199),this.writeU8(e);else if(e<65536)this.writeU8(200),this.writeU16(e);else if(e<4294967296)this.writeU8(201),this.writeU32(e);else throw new Error(`Too large extension object: ${e}`);this.writeI8(t.type),this.writeU8a(t.data)}writeU8(t){this.ensureBufferSizeToWrite(1),this.view.setUint8(this.pos,t),this.pos++}writeU8a(t){let e=t.length;this.ensureBufferSizeToWrite(e),this.bytes.set(t,this.pos),this.pos+=e}writeI8(t){this.ensureBufferSizeToWrite(1),this.view.setInt8(this.pos,t),this.pos++}writeU16(t){this.ensureBufferSizeToWrite(2),this.view.setUint16(this.pos,t),this.pos+=2}writeI16(t){this.ensureBufferSizeToWrite(2),this.view.setInt16(this.pos,t),this.pos+=2}writeU32(t){this.ensureBufferSizeToWrite(4),this.view.setUint32(this.pos,t),this.pos+=4}writeI32(t){this.ensureBufferSizeToWrite(4),this.view.setInt32(this.pos,t),this.pos+=4}writeF32(t){this.ensureBufferSizeToWrite(4),this.view.setFloat32(this.pos,t),this.pos+=4}writeF64(t){this.ensureBufferSizeToWrite(8),this.view.setFloat64(this.pos,t),this.pos+=8}writeU64(t){this.ensureBufferSizeToWrite(8),Pm(this.view,this.pos,t),this.pos+=8}writeI64(t){this.ensureBufferSizeToWrite(8),ic(this.view,this.pos,t),this.pos+=8}writeBigUint64(t){this.ensureBufferSizeToWrite(8),this.view.setBigUint64(this.pos,t),this.pos+=8}writeBigInt64(t){this.ensureBufferSizeToWrite(8),this.view.setBigInt64(this.pos,t),this.pos+=8}};function Fu(i,t){return new rc(t).encodeSharedRef(i)}function oc(i){return`${i<0?"-":""}0x${Math.abs(i).toString(16).padStart(2,"0")}`}var cS=16,hS=16,ac=class{hit=0;miss=0;caches;maxKeyLength;maxLengthPerKey;constructor(t=cS,e=hS){this.maxKeyLength=t,this.maxLengthPerKey=e,this.caches=[];for(let n=0;n<this.maxKeyLength;n++)this.caches.push([])}canBeCached(t){return t>0&&t<=this.maxKeyLength}find(t,e,n){let s=this.caches[n-1];t:for(let r of s){let o=r.bytes;for(let a=0;a<n;a++)if(o[a]!==t[e+a])continue t;return r.str}return null}store(t,e){let n=this.caches[t.length-1],s={bytes:t,str:e};n.length>=this.maxLengthPerKey?n[Math.random()*n.length|0]=s:n.push(s)}decode(t,e,n){let s=this.find(t,e,n);if(s!=null)return this.hit++,s;this.miss++;let r=Nu(t,e,n),o=Uint8Array.prototype.slice.call(t,e,e+n);return this.store(o,r),r}};var Ou="array",wo="map_key",Nm="map_value",uS=i=>{if(typeof i=="string"||typeof i=="number")return i;throw new xn("The type of key must be string or number but "+typeof i)},Bu=class{stack=[];stackHeadPosition=-1;get length(){return this.stackHeadPosition+1}top(){return this.stack[this.stackHeadPosition]}pushArrayState(t){let e=this.getUninitializedStateFromPool();e.type=Ou,e.position=0,e.size=t,e.array=new Array(t)}pushMapState(t){let e=this.getUninitializedStateFromPool();e.type=wo,e.readCount=0,e.size=t,e.map={}}getUninitializedStateFromPool(){if(this.stackHeadPosition++,this.stackHeadPosition===this.stack.length){let t={type:void 0,size:0,array:void 0,position:0,readCount:0,map:void 0,key:null};this.stack.push(t)}return this.stack[this.stackHeadPosition]}release(t){if(this.stack[this.stackHeadPosition]!==t)throw new Error("Invalid stack state. Released state is not on top of the stack.");if(t.type===Ou){let n=t;n.size=0,n.array=void 0,n.position=0,n.type=void 0}if(t.type===wo||t.type===Nm){let n=t;n.size=0,n.map=void 0,n.readCount=0,n.type=void 0}this.stackHeadPosition--}reset(){this.stack.length=0,this.stackHeadPosition=-1}},vo=-1,ku=new DataView(new ArrayBuffer(0)),fS=new Uint8Array(ku.buffer);try{ku.getInt8(0)}catch(i){if(!(i instanceof RangeError))throw new Error("This module is not supported in the current JavaScript engine because DataView does not throw RangeError on out-of-bounds access")}var Dm=new RangeError("Insufficient data"),dS=new ac,lc=class i{extensionCodec;context;useBigInt64;rawStrings;maxStrLength;maxBinLength;maxArrayLength;maxMapLength;maxExtLength;keyDecoder;mapKeyConverter;totalPos=0;pos=0;view=ku;bytes=fS;headByte=vo;stack=new Bu;entered=!1;constructor(t){this.extensionCodec=t?.extensionCodec??gr.defaultCodec,this.context=t?.context,this.useBigInt64=t?.useBigInt64??!1,this.rawStrings=t?.rawStrings??!1,this.maxStrLength=t?.maxStrLength??4294967295,this.maxBinLength=t?.maxBinLength??4294967295,this.maxArrayLength=t?.maxArrayLength??4294967295,this.maxMapLength=t?.maxMapLength??4294967295,this.maxExtLength=t?.maxExtLength??4294967295,this.keyDecoder=t?.keyDecoder!==void 0?t.keyDecoder:dS,this.mapKeyConverter=t?.mapKeyConverter??uS}clone(){return new i({extensionCodec:this.extensionCodec,context:this.context,useBigInt64:this.useBigInt64,rawStrings:this.rawStrings,maxStrLength:this.maxStrLength,maxBinLength:this.maxBinLength,maxArrayLength:this.maxArrayLength,maxMapLength:this.maxMapLength,maxExtLength:this.maxExtLength,keyDecoder:this.keyDecoder})}reinitializeState(){this.totalPos=0,this.headByte=vo,this.stack.reset()}setBuffer(t){let e=yo(t);this.bytes=e,this.view=new DataView(e.buffer,e.byteOffset,e.byteLength),this.pos=0}appendBuffer(t){if(this.headByte===vo&&!this.hasRemaining(1))this.setBuffer(t);else{let e=this.bytes.subarray(this.pos),n=yo(t),s=new Uint8Array(e.length+n.length);s.set(e),s.set(n,e.length),this.setBuffer(s)}}hasRemaining(t){return this.view.byteLength-this.pos>=t}createExtraByteError(t){let{view:e,pos:n}=this;return new RangeError(`Extra ${e.byteLength-n} of ${e.byteLength} byte(s) found at buffer[${t}]`)}decode(t){if(this.entered)return this.clone().decode(t);try{this.entered=!0,this.reinitializeState(),this.setBuffer(t);let e=this.doDecodeSync();if(this.hasRemaining(1))throw this.createExtraByteError(this.pos);return e}finally{this.entered=!1}}*decodeMulti(t){if(this.entered){yield*this.clone().decodeMulti(t);return}try{for(this.entered=!0,this.reinitializeState(),this.setBuffer(t);this.hasRemaining(1);)yield this.doDecodeSync()}finally{this.entered=!1}}async decodeAsync(t){if(this.entered)return this.clone().decodeAsync(t);try{this.entered=!0;let e=!1,n;for await(let a of t){if(e)throw this.entered=!1,this.createExtraByteError(this.totalPos);this.appendBuffer(a);try{n=this.doDecodeSync(),e=!0}catch(l){if(!(l instanceof RangeError))throw l}this.totalPos+=this.pos}if(e){if(this.hasRemaining(1))throw this.createExtraByteError(this.totalPos);return n}let{headByte:s,pos:r,totalPos:o}=this;throw new RangeError(`Insufficient data in parsing ${oc(s)} at ${o} (${r} in the current buffer)`)}finally{this.entered=!1}}decodeArrayStream(t){return this.decodeMultiAsync(t,!0)}decodeStream(t){return this.decodeMultiAsync(t,!1)}async*decodeMultiAsync(t,e){if(this.entered){yield*this.clone().decodeMultiAsync(t,e);return}try{this.entered=!0;let n=e,s=-1;for await(let r of t){if(e&&s===0)throw this.createExtraByteError(this.totalPos);this.appendBuffer(r),n&&(s=this.readArraySize(),n=!1,this.complete());try{for(;yield this.doDecodeSync(),--s!==0;);}catch(o){if(!(o instanceof RangeError))throw o}this.totalPos+=this.pos}}finally{this.entered=!1}}doDecodeSync(){t:for(;;){let t=this.readHeadByte(),e;if(t>=224)e=t-256;else if(t<192)if(t<128)e=t;else if(t<144){let s=t-128;if(s!==0){this.pushMapState(s),this.complete();continue t}else e={}}else if(t<160){let s=t-144;if(s!==0){this.pushArrayState(s),this.complete();continue t}else e=[]}else{let s=t-160;e=this.decodeString(s,0)}else if(t===192)e=null;else if(t===194)e=!1;else if(t===195)e=!0;else if(t===202)e=this.readF32();else if(t===203)e=this.readF64();else if(t===204)e=this.readU8();else if(t===205)e=this.readU16();else if(t===206)e=this.readU32();else if(t===207)this.useBigInt64?e=this.readU64AsBigInt():e=this.readU64();else if(t===208)e=this.readI8();else if(t===209)e=this.readI16();else if(t===210)e=this.readI32();else if(t===211)this.useBigInt64?e=this.readI64AsBigInt():e=this.readI64();else if(t===217){let s=this.lookU8();e=this.decodeString(s,1)}else if(t===218){let s=this.lookU16();e=this.decodeString(s,2)}else if(t===219){let s=this.lookU32();e=this.decodeString(s,4)}else if(t===220){let s=this.readU16();if(s!==0){this.pushArrayState(s),this.complete();continue t}else e=[]}else if(t===221){let s=this.readU32();if(s!==0){this.pushArrayState(s),this.complete();continue t}else e=[]}else if(t===222){let s=this.readU16();if(s!==0){this.pushMapState(s),this.complete();continue t}else e={}}else if(t===223){let s=this.readU32();if(s!==0){this.pushMapState(s),this.complete();continue t}else e={}}else if(t===196){let s=this.lookU8();e=this.decodeBinary(s,1)}else if(t===197){let s=this.lookU16();e=this.decodeBinary(s,2)}else if(t===198){let s=this.lookU32();e=this.decodeBinary(s,4)}else if(t===212)e=this.decodeExtension(1,0);else if(t===213)e=this.decodeExtension(2,0);else if(t===214)e=this.decodeExtension(4,0);else if(t===215)e=this.decodeExtension(8,0);else if(t===216)e=this.decodeExtension(16,0);else if(t===199){let s=this.lookU8();e=this.decodeExtension(s,1)}else if(t===200){let s=this.lookU16();e=this.decodeExtension(s,2)}else if(t===201){let s=this.lookU32();e=this.decodeExtension(s,4)}else throw new xn(`Unrecognized type byte: ${oc(t)}`);this.complete();let n=this.stack;for(;n.length>0;){let s=n.top();if(s.type===Ou)if(s.array[s.position]=e,s.position++,s.position===s.size)e=s.array,n.release(s);else continue t;else if(s.type===wo){if(e==="__proto__")throw new xn("The key __proto__ is not allowed");s.key=this.mapKeyConverter(e),s.type=Nm;continue t}else if(s.map[s.key]=e,s.readCount++,s.readCount===s.size)e=s.map,n.release(s);else{s.key=null,s.type=wo;continue t}}return e}}readHeadByte(){return this.headByte===vo&&(this.headByte=this.readU8()),this.headByte}complete(){this.headByte=vo}readArraySize(){let t=this.readHeadByte();switch(t){case 220:return this.readU16();case 221:return this.readU32();default:{if(t<160)return t-144;throw new xn(`Unrecognized array type byte: ${oc(t)}`)}}}pushMapState(t){if(t>this.maxMapLength)throw new xn(`Max length exceeded: map length (${t}) > maxMapLengthLength (${this.maxMapLength})`);this.stack.pushMapState(t)}pushArrayState(t){if(t>this.maxArrayLength)throw new xn(`Max length exceeded: array length (${t}) > maxArrayLength (${this.maxArrayLength})`);this.stack.pushArrayState(t)}decodeString(t,e){return!this.rawStrings||this.stateIsMapKey()?this.decodeUtf8String(t,e):this.decodeBinary(t,e)}decodeUtf8String(t,e){if(t>this.maxStrLength)throw new xn(`Max length exceeded: UTF-8 byte length (${t}) > maxStrLength (${this.maxStrLength})`);if(this.bytes.byteLength<this.pos+e+t)throw Dm;let n=this.pos+e,s;return this.stateIsMapKey()&&this.keyDecoder?.canBeCached(t)?s=this.keyDecoder.decode(this.bytes,n,t):s=Im(this.bytes,n,t),this.pos+=e+t,s}stateIsMapKey(){return this.stack.length>0?this.stack.top().type===wo:!1}decodeBinary(t,e){if(t>this.maxBinLength)throw new xn(`Max length exceeded: bin length (${t}) > maxBinLength (${this.maxBinLength})`);if(!this.hasRemaining(t+e))throw Dm;let n=this.pos+e,s=this.bytes.subarray(n,n+t);return this.pos+=e+t,s}decodeExtension(t,e){if(t>this.maxExtLength)throw new xn(`Max length exceeded: ext length (${t}) > maxExtLength (${this.maxExtLength})`);let n=this.view.getInt8(this.pos+e),s=this.decodeBinary(t,e+1);return this.extensionCodec.decode(s,n,this.context)}lookU8(){return this.view.getUint8(this.pos)}lookU16(){return this.view.getUint16(this.pos)}lookU32(){return this.view.getUint32(this.pos)}readU8(){let t=this.view.getUint8(this.pos);return this.pos++,t}readI8(){let t=this.view.getInt8(this.pos);return this.pos++,t}readU16(){let t=this.view.getUint16(this.pos);return this.pos+=2,t}readI16(){let t=this.view.getInt16(this.pos);return this.pos+=2,t}readU32(){let t=this.view.getUint32(this.pos);return this.pos+=4,t}readI32(){let t=this.view.getInt32(this.pos);return this.pos+=4,t}readU64(){let t=Lm(this.view,this.pos);return this.pos+=8,t}readI64(){let t=sc(this.view,this.pos);return this.pos+=8,t}readU64AsBigInt(){let t=this.view.getBigUint64(this.pos);return this.pos+=8,t}readI64AsBigInt(){let t=this.view.getBigInt64(this.pos);return this.pos+=8,t}readF32(){let t=this.view.getFloat32(this.pos);return this.pos+=4,t}readF64(){let t=this.view.getFloat64(this.pos);return this.pos+=8,t}};function zu(i,t){return new lc(t).decode(i)}var Hu=1,Fm=[1,2],Om=Fm.map(i=>`protocol-${i}`),Bm=8192,yr=65536,hc=2*1024*1024,cc=6e4,pS=36,uc=16*1024*1024,mS=1049,Gu=16e3,fc=4e3,dc=16,Wu={media:1,hello:2,photoChunk:3,clockSync:4,notice:5,bye:6,graphChunk:7},gS=Object.fromEntries(Object.entries(Wu).map(([i,t])=>[t,i])),ie=class extends Error{},Ss=class{constructor(t,e,n,s=[]){Object.assign(this,{kind:"media",seq:t,timestamp:e,opus:n,motion:s})}},Mo=class{constructor(t,e,n,s){Object.assign(this,{kind:"mediaV2",seq:t,timestamp:e,opus:n,motion:s})}},bo=class{constructor(t,e){Object.assign(this,{kind:"hello",name:t,capabilities:e})}},pc=class{constructor(t,e,n,s){Object.assign(this,{kind:"graphChunk",photoId:t,index:e,count:n,data:s})}},mc=class{constructor(t,e,n,s){Object.assign(this,{kind:"photoChunk",photoId:t,index:e,count:n,data:s})}},Vu=class{constructor(t,e){Object.assign(this,{kind:"clockSync",sample:BigInt(t),monotonicNs:BigInt(e)})}},es=class{constructor(t,e){Object.assign(this,{kind:"notice",code:t,message:e})}},Eo=class{constructor(t=""){Object.assign(this,{kind:"bye",reason:t})}},km=i=>Hu<<4|i,xS=new TextEncoder;function yS(i,t){return typeof i=="number"&&Number.isInteger(i)&&i>=0&&i<=t||typeof i=="bigint"&&i>=0n&&i<=BigInt(t)}function dn(i,t,e){if(!yS(t,e))throw new ie(`${i} must be an integer in 0..${e}, got ${t}`);return Number(t)}function So(i,t,e){if(typeof t!="string")throw new ie(`${i} must be a string`);if(xS.encode(t).length>e)throw new ie(`${i} is longer than ${e} bytes`);return t}function ts(i,t,e){if(!(t instanceof Uint8Array))throw new ie(`${i} must be bytes`);if(t.length>e)throw new ie(`${i} is ${t.length} bytes; the limit is ${e}`);return t}function gc(i){return i<256?[196,i]:i<65536?[197,i>>8,i&255]:[198,i>>>24&255,i>>16&255,i>>8&255,i&255]}function _S(i){let t=dn("seq",i.seq,65535),e=dn("timestamp",i.timestamp,4294967295);if(ts("opus",i.opus,fc),i.motion.length>dc)throw new ie(`${i.motion.length} motion frames; the limit is ${dc}`);let n;try{n=i.motion.map(c=>{let h=(c.timestamp-e)%4294967296;return h>=2**31&&(h-=2**32),h<-(2**31)&&(h+=2**32),fm(c,h)})}catch(c){throw c instanceof mn?new ie(c.message):c}let s=4+n.length,r=[s<16?[144|s]:[220,s>>8,s&255],[km(Wu.media)],[205,t>>8,t&255],[206,e>>>24&255,e>>16&255,e>>8&255,e&255],gc(i.opus.length),i.opus];for(let c of n)r.push(gc(c.length),c);let o=r.reduce((c,h)=>c+h.length,0);if(o>yr)throw new ie(`packet is ${o} bytes; the limit is ${yr}`);let a=new Uint8Array(o),l=0;for(let c of r)a.set(c,l),l+=c.length;return a}function vS(i){let t=dn("seq",i.seq,65535),e=dn("timestamp",i.timestamp,4294967295);ts("opus",i.opus,fc),ts("motion",i.motion,Bm);let n=[[149,33],[205,t>>8,t&255],[206,e>>>24&255,e>>16&255,e>>8&255,e&255],gc(i.opus.length),i.opus,gc(i.motion.length),i.motion],s=new Uint8Array(n.reduce((o,a)=>o+a.length,0)),r=0;for(let o of n)s.set(o,r),r+=o.length;return s}function wS(i){let t=new Set;for(let e of i){let n=typeof e=="string"&&e.startsWith("protocol-")?e.slice(9):"";/^[0-9]{1,5}$/.test(n)&&t.add(Number(n))}return t.size?[...t].sort((e,n)=>e-n):[1]}function zm(i,t=Fm){let e=wS(i),n=e.filter(s=>t.includes(s));if(!n.length)throw new ie(`no shared protocol version: the peer speaks ${e.join(", ")}; this peer speaks ${t.join(", ")}`);return Math.max(...n)}function Gm(i){switch(i.kind){case"hello":if(So("name",i.name,64),!Array.isArray(i.capabilities)||i.capabilities.length>16)throw new ie("capabilities must be an array of at most 16 strings");return i.capabilities.forEach(t=>So("capability",t,32)),[i.name,i.capabilities];case"photoChunk":case"graphChunk":{let t=i.kind==="photoChunk"?pS:mS;dn("photo_id",i.photoId,4294967295);let e=dn("count",i.count,t);if(e<1)throw new ie("count must be at least 1");let n=dn("index",i.index,t);if(n>=e)throw new ie(`index ${n} is not below count ${e}`);if(ts("data",i.data,cc),i.data.length===0)throw new ie(`${i.kind==="photoChunk"?"photo":"graph"} chunk data is empty`);return[i.photoId,i.index,i.count,i.data]}case"clockSync":return dn("sample",i.sample,2n**63n),dn("monotonic_ns",i.monotonicNs,2n**63n),[i.sample,i.monotonicNs];case"notice":return[So("code",i.code,32),So("message",i.message,512)];case"bye":return[So("reason",i.reason,512)];default:throw new ie(`unknown packet kind ${i.kind}`)}}function Un(i){if(i.kind==="media")return _S(i);if(i.kind==="mediaV2")return vS(i);let e=Gm(i).map(s=>typeof s=="bigint"&&s<2n**32n?Number(s):s),n=Fu([km(Wu[i.kind]),...e],{useBigInt64:!0});if(n.length>yr)throw new ie(`packet is ${n.length} bytes; the limit is ${yr}`);return n}function xr(i,t,e){if(i.length!==t)throw new ie(`${e} has ${i.length} fields, expected ${t}`)}function Hm(i){let t=i instanceof Uint8Array?i:new Uint8Array(i);if(t.length>yr)throw new ie(`packet is ${t.length} bytes; the limit is ${yr}`);if(t.length===0)throw new ie("empty packet");let e;try{e=zu(t,{useBigInt64:!0,maxDepth:4})}catch(o){throw new ie(`not msgpack: ${o.message}`)}if(!Array.isArray(e)||e.length===0)throw new ie("a packet is a non-empty msgpack array");let n=e[0];if(typeof n!="number"||!Number.isInteger(n)||n<0||n>255)throw new ie("bad header byte");if(n===33){if(e.length!==5)throw new ie(`MediaPacketV2 has 4 fields, got ${e.length-1}`);let o=dn("seq",e[1],65535),a=dn("timestamp",e[2],4294967295),l=ts("opus",e[3],fc),c=ts("motion",e[4],Bm);return new Mo(o,a,l,c)}if(n>>4!==Hu)throw new ie(`protocol version ${n>>4} is not ${Hu}`);let s=gS[n&15];if(!s)throw new ie(`unknown packet kind ${n&15}`);if(s==="media"){if(e.length<4)throw new ie("media packet has fewer than 4 fields");let o=dn("seq",e[1],65535),a=dn("timestamp",e[2],4294967295),l=ts("opus",e[3],fc);if(e.length>4+dc)throw new ie(`${e.length-4} motion frames; the limit is ${dc}`);let c=e.slice(4).map(h=>{ts("motion frame",h,73);try{return dm(h,a)}catch(u){throw new ie(u.message)}});return new Ss(o,a,l,c)}let r;return s==="hello"?(xr(e,3,"hello"),r=new bo(e[1],e[2])):s==="photoChunk"?(xr(e,5,"photo chunk"),r=new mc(e[1],e[2],e[3],e[4])):s==="graphChunk"?(xr(e,5,"graph chunk"),r=new pc(e[1],e[2],e[3],e[4])):s==="clockSync"?(xr(e,3,"clock sync"),dn("sample",e[1],2n**63n),dn("monotonic_ns",e[2],2n**63n),r=new Vu(e[1],e[2])):s==="notice"?(xr(e,3,"notice"),r=new es(e[1],e[2])):(xr(e,2,"bye"),r=new Eo(e[1])),Gm(r),(r.kind==="photoChunk"||r.kind==="graphChunk")&&(r.photoId=Number(r.photoId),r.index=Number(r.index),r.count=Number(r.count)),r}function Vm(i,t){if(i.length>hc)throw new ie(`photo is ${i.length} bytes; the limit is ${hc}`);if(i.length===0)throw new ie("photo is empty");let e=Math.ceil(i.length/cc);return Array.from({length:e},(n,s)=>new mc(t,s,e,i.subarray(s*cc,(s+1)*cc)))}function Wm(i,t){if(i.length===0||i.length>uc)throw new ie(`render graph is ${i.length} bytes; 1 to ${uc} are allowed`);let e=Math.ceil(i.length/Gu);return Array.from({length:e},(n,s)=>new pc(t,s,e,i.subarray(s*Gu,(s+1)*Gu)))}var xc=class{constructor(){this.pending=new Map}add(t){let e=this.pending.get(t.photoId);if(e||(e={count:t.count,parts:new Array(t.count),have:0},this.pending.set(t.photoId,e),this.pending.size>4&&this.pending.delete(this.pending.keys().next().value)),e.count!==t.count)throw new ie(`photo ${t.photoId}: count changed from ${e.count} to ${t.count}`);if(e.parts[t.index]||e.have++,e.parts[t.index]=t.data,e.have<e.count)return null;this.pending.delete(t.photoId);let n=e.parts.reduce((o,a)=>o+a.length,0);if(n>hc)throw new ie(`photo is ${n} bytes; the limit is ${hc}`);let s=new Uint8Array(n),r=0;for(let o of e.parts)s.set(o,r),r+=o.length;return s}},yc=class{constructor(){this.entry=null}add(t){let e=this.entry;if((!e||e.photoId!==t.photoId)&&(e=this.entry={photoId:t.photoId,count:t.count,parts:new Array(t.count),have:0,bytes:0}),e.count!==t.count)throw this.entry=null,new ie(`graph of photo ${t.photoId}: count changed from ${e.count} to ${t.count}`);if(e.parts[t.index])throw this.entry=null,new ie(`graph of photo ${t.photoId}: chunk ${t.index} arrived twice`);if(e.parts[t.index]=t.data,e.have++,e.bytes+=t.data.length,e.bytes>uc)throw this.entry=null,new ie(`render graph is over ${uc} bytes`);if(e.have<e.count)return null;this.entry=null;let n=new Uint8Array(e.bytes),s=0;for(let r of e.parts)n.set(r,s),s+=r.length;return n}},Ao=class{constructor(t){this.modulus=2**t,this.last=null}unwrap(t){if(this.last===null)return this.last=t,t;let e=this.modulus,n=(t-this.last%e+e)%e;n>=e/2&&(n-=e);let s=this.last+n;return s>this.last&&(this.last=s),s}},Xu=[960,1920,2880,3840,4800,5760];function Xm(i){if(!Xu.includes(i))throw new RangeError(`no DTX packet of ${i} samples`);let t={960:9,1920:10,2880:11};return i in t?Uint8Array.of(t[i]<<3):Uint8Array.of(75,i/960)}function $m(i){return i.length===1?!0:i.length===2&&(i[0]&3)===3&&(i[1]&192)===0&&(i[1]&63)>0}var SS="/photo-graph",To=class extends Error{constructor(t,e){super(e),this.status=t}};function MS(i,{bytes:t,room:e=null,token:n=null}){let s=new URL(SS,i);return s.protocol=s.protocol==="https:"||s.protocol==="wss:"?"wss:":"ws:",s.searchParams.set("bytes",String(t)),n&&(s.searchParams.set("room",e),s.searchParams.set("token",n)),s.href}function bS(i,t,{room:e=null,token:n=null}={}){return new Promise((s,r)=>{let o;try{o=new WebSocket(MS(i,{bytes:t.length,room:e,token:n}))}catch(c){r(new To(0,`cannot reach the server's photo preparation: ${c.message}`));return}o.binaryType="arraybuffer";let a=!1,l=(c,h)=>{a||(a=!0,c(h))};o.onopen=()=>o.send(t),o.onmessage=c=>{if(typeof c.data!="string"){l(s,new Uint8Array(c.data));return}let h;try{h=JSON.parse(c.data)}catch{h={status:0,error:c.data.slice(0,200)}}l(r,new To(h.status,`the server did not prepare the photo (${h.status}): ${h.error}`))},o.onclose=c=>{let h=c.code===1009?"the photo is larger than announced":c.code===1006?"this server offers no photo preparation, or cannot be reached":`closed (${c.code} ${c.reason})`;l(r,new To(c.code,`the server did not prepare the photo: ${h}`))}})}var ES=[429,503];async function qm(i,t,e,{tries:n=6,waitMs:s=5e3}={}){for(let r=1;;r++)try{return await bS(i,t,e)}catch(o){if(!ES.includes(o.status)||r>=n)throw o;await new Promise(a=>setTimeout(a,s))}}var Ym=Object.freeze({frameSamples:960,minMs:20,maxMs:100,window:100,skipAfter:25,resyncMs:300}),_c=class{constructor(t=Ym){this.config={...Ym,...t},this.frames=new Map,this.transitMs=[],this.next=null,this.started=!1,this.over=0,this.dtx=new Set,this.silentFrom=null,this.counters={received:0,late:0,duplicate:0,lost:0,underruns:0,skipped:0,resyncs:0,dtx:0,silent:0,trimmed:0}}get silent(){return this.silentFrom!==null}get frameMs(){return this.config.frameSamples*1e3/48e3}get targetMs(){if(this.transitMs.length<2)return this.config.minMs;let t=[...this.transitMs].sort((n,s)=>n-s),e=t[Math.min(t.length-1,Math.floor(.95*t.length))];return Math.min(this.config.maxMs,Math.max(this.config.minMs,e-t[0]+this.frameMs))}get depthMs(){if(this.frames.size===0)return 0;let t=[...this.frames.keys()],e=this.next!==null?this.next:Math.min(...t),n=Math.max(...t)+this.config.frameSamples;return Math.max(0,(n-e)*1e3/48e3)}push(t,e,n,s=!1){if(this.next!==null&&t<this.next&&this.started){if(this.silentFrom===null||t<=this.silentFrom)return this.counters.late++,!1;this.next=t}return this.frames.has(t)?(this.counters.duplicate++,!1):(this.counters.received++,this.frames.set(t,e),s&&(this.dtx.add(t),this.counters.dtx++),this.transitMs.push(n-t*1e3/48e3),this.transitMs.length>this.config.window&&this.transitMs.shift(),(this.next===null||!this.started&&t<this.next)&&(this.next=t),!0)}hasNext(){return this.next!==null&&this.frames.has(this.next)}pop(){if(this.next===null)return null;if(!this.started){if(this.depthMs<this.targetMs)return null;this.started=!0}this.maybeResync(),this.silentFrom!==null&&this.trimSilence();let t=this.next,e=this.frames.has(t)?this.frames.get(t):null;return this.frames.delete(t),this.dtx.has(t)?(this.dtx.delete(t),this.silentFrom===null&&(this.silentFrom=t),e=null):e!==null&&(this.silentFrom=null),this.silentFrom!==null&&e===null?(this.counters.silent++,this.next=t+this.config.frameSamples,this.forgetBehind(),{timestamp:t,payload:null,silent:!0}):e===null&&![...this.frames.keys()].some(n=>n>t)?(this.counters.underruns++,{timestamp:t,payload:null,held:!0,silent:!1}):(e===null&&this.counters.lost++,this.next=t+this.config.frameSamples,this.adapt(),{timestamp:t,payload:e,silent:!1})}trimSilence(){let t=[...this.frames.keys()].filter(n=>n>this.next&&!this.dtx.has(n));if(this.frames.has(this.next)||t.length===0)return;let e=Math.min(...t);for(;this.next<e&&this.depthMs-this.frameMs>=this.targetMs;)this.next+=this.config.frameSamples,this.counters.trimmed++}forgetBehind(){for(let t of[...this.frames.keys()])t<this.next&&(this.frames.delete(t),this.dtx.delete(t))}maybeResync(){if(this.frames.has(this.next)||this.frames.size===0)return;let t=Math.min(...this.frames.keys());(t-this.next)*1e3/48e3>this.config.resyncMs&&(this.counters.resyncs++,this.next=t)}adapt(){this.depthMs>this.targetMs+2*this.frameMs?this.over++:this.over=0,this.over>=this.config.skipAfter&&(this.over=0,this.frames.delete(this.next),this.dtx.delete(this.next),this.next+=this.config.frameSamples,this.counters.skipped++),this.forgetBehind()}},vc=class{constructor(t=48e3*2){this.frames=[],this.keepSamples=t}add(t,e,n){let s=this.frames.length;for(;s>0&&this.frames[s-1].t>t;)s--;s>0&&this.frames[s-1].t===t||this.frames.splice(s,0,{t,weights:e,pose:n})}sample(t,e,n){let s=this.frames;if(s.length===0)return!1;let r=s.findIndex(h=>h.t>=t);r===-1&&(r=s.length);let o,a,l;r===0?(o=a=s[0],l=0):r===s.length?(o=a=s[s.length-1],l=0):(o=s[r-1],a=s[r],l=(t-o.t)/(a.t-o.t));for(let h=0;h<e.length;h++)e[h]=o.weights[h]+(a.weights[h]-o.weights[h])*l;for(let h=0;h<6;h++)n[h]=o.pose[h]+(a.pose[h]-o.pose[h])*l;let c=s.findIndex(h=>h.t>=t-this.keepSamples);return c>1&&s.splice(0,c-1),!0}};var $u=[128,250,251,128,128,128,128,250,99,128,128,128,250,128,142,128,128,128,6,128,123,128,128,128,250,128,175,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,88,128,128,128,128,128,255,251,180,128,128,128,255,215,119,128,128,128,255,235,98,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,255,242,60,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,255,162,32,128,128,128,128,250,255,128,128,128,250,21,112,128,128,128,255,162,191,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,255,220,176,128,128,128,128,250,255,128,128,128,255,254,51,128,128,128,128,250,255,128,128,128,255,251,124,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,250,128,129,128,128,128,250,128,136,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,128,250,255,128,128,128,13,5,5,128,128,128,140,62,4,128,128,128,250,5,11,128,128,128,250,128,19,128,128,128,250,128,37,128,128,128,250,128,38,128,128,128,43,3,1,254,252,255,106,118,121,253,239,243,133,126,116,249,247,246,126,135,114,254,240,245,107,122,121,221,246,249,128,128,128,254,255,255,128,128,128,254,255,255,128,128,255,254,255,255,251,255,255,253,255,255,249,255,255,254,255,255,252,255,255,253,255,255,250,255,255,253,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,12,128,128,242,128,128,235,243,70,255,255,200,90,20,29,255,220,164,76,40,27,255,216,148,128,128,128,254,255,255,128,128,128,254,255,255,128,53,45,255,246,135,128,128,255,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,24,27,23,255,209,78,128,128,255,254,255,255,56,22,19,253,137,149,229,215,149,255,186,202,128,128,128,254,255,255,128,128,128,254,255,255,148,215,106,255,236,207,128,245,255,254,255,255,82,53,28,255,240,118,128,128,255,254,255,255,128,96,67,255,252,198,128,128,255,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,101,109,50,255,255,231,176,157,60,255,255,232,213,253,255,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,128,128,128,254,255,255,148,115,82,128,128,128,107,129,91,128,128,128,182,188,152,128,128,128,236,233,221,128,128,128,236,230,223,128,128,128,232,232,225,128,128,128],qu=[253,128,255,128,255,128,255,128,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,255,128,1,128,255,128,255,128,128,128,128,128,50,128,128,128,128,128,128,128,128,128,128,128,255,128,128,128,255,128,2,128,128,128,128,128,1,128,128,128,255,128,128,128,120,128,128,128,128,128,128,128,255,128,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,182,128,119,128,101,128,189,128,111,128,121,128,94,253,117,255,128,255,121,255,125,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,120,255,186,56,78,255,85,255,128,128,128,128,117,76,128,128,128,128,128,128,128,128,128,128,116,255,128,128,89,255,101,75,128,128,128,128,151,27,128,128,108,255,128,128,101,125,128,128,128,128,128,128,77,255,81,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,136,128,129,128,130,128,128,128,121,128,125,128],Yu=[3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,22,10,11,14,15,17,25,22,13,12,13,26,35,64,31,15,18,9,11,12,9,7,14,9,12,12,11,10,10,7,17,13,29,5,5,7,11,10,10,12,5,4,6,13,10,10,13,29,22,20,19,14,16,22,24,32,33,21,34,24,13,7,30,44,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,5,3,4,9,6,5,5,6,7,6,6,8,8,9,10,7,139,90,88,165,252,128,128,128,128,128,128,128,128,128,128,128,79,50,39,38,28,28,20,28,24,11,17,16,21,18,16,9,74,51,33,33,25,22,21,13,20,17,16,10,20,11,8,13,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,122,105,94,102,68,84,80,93,136,94,141,128,128,64,192,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,36,33,30,19,22,20,21,14,13,16,19,16,18,16,20,17,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,70,37,28,22,17,21,13,18,19,12,16,13,13,4,9,10,222,254,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,130,80,69,70,134,229,230,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,51,36,28,27,27,31,30,20,22,33,27,25,29,29,21,24,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,131,96,78,88,103,94,146,115,81,144,160,64,64,192,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,47,35,27,22,23,29,21,20,16,24,25,28,19,14,24,28,57,37,32,32,32,27,29,37,27,26,37,25,22,41,36,25,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,9,12,9,8,8,13,13,11,15,12,12,14,9,10,12,17,4,9,6,10,13,13,9,11,10,8,9,9,8,7,8,13,17,24,17,28,24,18,17,18,18,23,26,25,21,26,32,37,46,64,80,86,95,116,142,167,97,128,221,192,128,128,128,128,78,87,104,106,112,134,95,145,123,89,100,192,192,128,128,128,72,78,90,94,109,124,168,168,196,224,128,128,128,128,128,128,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,215,101,43,54,50,20,30,39,40,47,23,114,70,61,50,60,196,79,34,44,28,21,23,24,19,18,44,19,23,19,20,62,199,84,26,45,27,22,16,22,21,18,27,13,20,8,6,18,202,107,60,36,53,37,61,52,42,30,62,71,32,64,46,117,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,28,26,25,27,29,29,32,32,33,33,41,39,33,34,37,34,156,119,130,191,253,128,128,128,128,128,128,128,128,128,128,128,84,57,47,41,37,29,27,24,24,20,21,22,19,14,14,19,79,49,37,32,27,23,22,26,19,20,16,17,14,11,13,9,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,118,90,83,85,81,82,73,100,98,91,128,79,179,26,128,43,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,56,46,39,37,34,35,40,36,35,35,43,33,36,37,48,43,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,65,37,30,26,21,22,17,19,16,18,15,16,14,14,12,14,241,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,148,111,98,109,149,232,238,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,68,53,51,51,49,48,47,38,49,45,52,45,49,47,56,56,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,136,105,109,100,101,96,108,128,81,104,167,26,128,43,128,64,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,97,70,72,66,72,82,90,87,113,88,249,192,128,128,128,128,112,93,91,98,121,127,118,254,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,158,90,73,60,74,79,109,138,123,161,162,235,128,128,128,128,189,210,240,246,128,128,128,128,128,128,128,128,128,128,128,128,247,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128,255,128,128,128,128,128,128,128,128,128,128,128,128,128,128,128];var Dn=class extends Error{},Ro=te+6,AS=["pitch","yaw","roll","x","y","z"],jm=[512,512,512,256,256,256],Sc=[...Array(te).fill(128),804,804,804,512,512,512],TS=1608,Ju=64,Zm=16,Qm=1920,Ms=16,RS=11,tg=6,eg=0,Ac=1,ng=64,ig=208,sg=224,rg=224,og=224,CS=7680,ag=[...oi,...AS],IS=Object.fromEntries(ag.map((i,t)=>[i,t])),PS={eyeBlinkRight:"eyeBlinkLeft",eyeLookDownRight:"eyeLookDownLeft",eyeLookInRight:"eyeLookOutLeft",eyeLookOutRight:"eyeLookInLeft",eyeLookUpRight:"eyeLookUpLeft",eyeSquintRight:"eyeSquintLeft",eyeWideRight:"eyeWideLeft",mouthSmileRight:"mouthSmileLeft",mouthFrownRight:"mouthFrownLeft",mouthDimpleRight:"mouthDimpleLeft",mouthStretchRight:"mouthStretchLeft",mouthPressRight:"mouthPressLeft",mouthLowerDownRight:"mouthLowerDownLeft",mouthUpperUpRight:"mouthUpperUpLeft",browDownRight:"browDownLeft",browOuterUpRight:"browOuterUpLeft",cheekSquintRight:"cheekSquintLeft",noseSneerRight:"noseSneerLeft"},LS={mouthRollUpper:["mouthRollLower",6],mouthPressLeft:["mouthRollLower",8],mouthClose:["mouthRollLower",1],mouthSmileLeft:["mouthStretchLeft",4],mouthUpperUpLeft:["mouthLowerDownLeft",4]},Mc=new Map([...Object.entries(PS).map(([i,t])=>[tn[i],[tn[t],8]]),...Object.entries(LS).map(([i,[t,e]])=>[tn[i],[tn[t],e]])]),Zu=["jawOpen","mouthStretchLeft","mouthLowerDownLeft","mouthFunnel","mouthPucker","mouthRollLower","mouthRollUpper","mouthPressLeft","mouthClose","mouthSmileLeft","mouthUpperUpLeft","pitch","yaw","roll","x","y","z","browInnerUp","browOuterUpLeft","eyeLookUpLeft","eyeLookInLeft","eyeLookOutLeft","eyeLookDownLeft","eyeBlinkLeft"].map(i=>IS[i]),Jm=[...Array(Ro).keys()],lg=[...Zu,...Jm.filter(i=>!Zu.includes(i)&&!Mc.has(i)),...Jm.filter(i=>Mc.has(i)&&!Zu.includes(i))],cg=new Array(Ro).fill(0),Ku=class{constructor(){this.low=0n,this.range=255,this.shift=0}put(t,e){let n=1+((this.range-1)*e>>8);for(t?(this.low+=BigInt(n),this.range-=n):this.range=n;this.range<128;)this.range<<=1,this.low<<=1n,this.shift++}finish(){let t=8+this.shift;for(let e=1;;e++){let n=8*e,s=null;if(n>=t)s=this.low<<BigInt(n-t);else{let r=BigInt(t-n),o=-(-this.low>>r);o<<r<this.low+BigInt(this.range)&&(s=o)}if(s!==null){let r=new Uint8Array(e);for(let o=e-1;o>=0;o--)r[o]=Number(s&0xffn),s>>=8n;return r}}}},ju=class{constructor(t){if(this.bytes=t,this.pos=2,this.range=255,this.count=0,this.value=(t[0]??0)<<8|(t[1]??0),this.value>=65280)throw new Dn("the coded motion starts outside the coder's range")}get(t){let e=1+((this.range-1)*t>>8),n=e<<8,s=0;for(this.value>=n?(s=1,this.range-=e,this.value-=n):this.range=e;this.range<128;)this.value<<=1,this.range<<=1,++this.count===8&&(this.count=0,this.value|=this.bytes[this.pos]??0,this.pos++);return s}getExpGolomb(t){let e=0;for(;!this.get(128);)if(++e>t)throw new Dn("an Exp-Golomb code in the coded motion is too long");let n=1;for(let s=0;s<e;s++)n=n*2+this.get(128);return n-1}};function wc(i,t){let e=t+1,n=e.toString(2).length;for(let s=0;s<n-1;s++)i.put(0,128);for(let s=n-1;s>=0;s--)i.put(Math.floor(e/2**s)&1,128)}var US=i=>i>=0?2*i:-2*i-1,DS=i=>i%2===0?i/2:-(i+1)/2,hg=i=>i===0?0:i<4?1:2,ug=(i,t)=>Math.floor((i*t+4)/8);function NS(i,t,e,n){let s=t.map((o,a)=>o-e[a]),r=0;for(let o of lg){let a=s[o],l=Mc.get(o);l&&(a-=ug(l[1],s[l[0]]));let c=n===Ac&&o<te&&e[o]===0?1:0,h=n*Ro+o;if(i.put(a!==0?1:0,$u[h*tg+3*c+hg(r)]),a===0)continue;i.put(a<0?1:0,qu[2*h+c]);let u=Math.abs(a)-1;for(let f=0;f<Math.min(u+1,Ms);f++)i.put(f<u?1:0,Yu[h*Ms+f]);u>=Ms&&wc(i,u-Ms),r+=Math.abs(a)}}function FS(i,t,e){let n=new Array(Ro).fill(0),s=0;for(let o of lg){let a=e===Ac&&o<te&&t[o]===0?1:0,l=e*Ro+o,c=0;if(i.get($u[l*tg+3*a+hg(s)])){let u=i.get(qu[2*l+a]),f=0;for(;f<Ms&&i.get(Yu[l*Ms+f]);)f++;if(f===Ms&&(f+=i.getExpGolomb(RS)),f+1>TS)throw new Dn("a motion residual is out of range");c=u?-(f+1):f+1,s+=f+1}let h=Mc.get(o);h&&(c+=ug(h[1],n[h[0]])),n[o]=c}let r=n.map((o,a)=>o+t[a]);return r.forEach((o,a)=>{let l=a<te?0:-Sc[a];if(o<l||o>Sc[a])throw new Dn(`decoded ${ag[a]} level ${o} is out of range`)}),r}var fg=i=>((i+2**31)%2**32+2**32)%2**32-2**31;function dg(i,t){if(!i)return[0,Qm];let e=Math.min(Math.max(i.step,-65535),65535);return[Math.min(Math.max(fg(i.timestamp+e-t),-32768),32767),e]}function OS(i,t,e,[n,s]){i.put(t!==0?1:0,ng),t&&(i.put(t!==1?1:0,ig),t!==1&&(i.put(t!==2?1:0,sg),t!==2&&wc(i,t-3))),i.put(e.length>1?1:0,rg),e.length>1&&wc(i,e.length-2);let r=n,o=s;e.forEach((a,l)=>{i.put(a!==r?1:0,og),a!==r&&wc(i,US(a-r)-1),l&&(o=a-e[l-1]),r=a+o})}function BS(i,t,[e,n]){let s=[],r=e,o=n;for(let a=0;a<t;a++){let l=r;if(i.get(og)&&(l+=DS(i.getExpGolomb(20)+1)),l<-32768||l>32767)throw new Dn(`motion frame dt ${l} is outside \xB132767`);a&&(o=l-s[a-1]),r=l+o,s.push(l)}return s}function pg(i,t,e,n,s){if(e.length===0)return new Uint8Array(0);let r=new Ku;OS(r,i,t,dg(n,s));let o=n?n.levels:cg;return e.forEach((a,l)=>{NS(r,a,o,l===0&&i===0?eg:Ac),o=a}),r.finish()}function mg(i,t,e,n){let s=(t+e[e.length-1]+4294967296)%4294967296,r=Qm;return e.length>1?r=e[e.length-1]-e[e.length-2]:i&&(r=fg(s-i.timestamp)),{levels:n[n.length-1],timestamp:s,step:r}}var kS=(i,t)=>i.length===t.length&&i.every((e,n)=>e===t[n]);function zS(i,t,e){let n=new ju(i),s=0;if(n.get(ng)&&(s=1,n.get(ig)&&(s=2,n.get(sg)&&(s=3+n.getExpGolomb(6)),s>Ju)))throw new Dn(`motion ref ${s} is outside 0..${Ju}`);let r=1;if(n.get(rg)&&(r=2+n.getExpGolomb(4),r>Zm))throw new Dn(`${r} motion frames; the limit is ${Zm}`);let o=s===0?null:e(s);if(s!==0&&!o)return null;let a=BS(n,r,dg(o,t)),l=o?o.levels:cg,c=a.map((h,u)=>l=FS(n,l,u===0&&s===0?eg:Ac));if(!kS(pg(s,a,c,o,t),i))throw new Dn("the motion bytes are not the canonical coding of their frames");return{ref:s,dts:a,frames:c,reference:o}}var Km=i=>Math.sign(i)*Math.floor(Math.abs(i)+.5)||0;function GS(i){let t=Array.from(i.weights,n=>Km(n*128)),e=Array.from(i.pose,(n,s)=>Km(n*jm[s]));return[...t,...e].map((n,s)=>Math.min(Math.max(n,-Sc[s]),Sc[s]))}function HS(i,t){let e=Float32Array.from(i.slice(0,te),s=>s/128),n=Float32Array.from(i.slice(te),(s,r)=>s/jm[r]);return new Ki(t,e,n)}var VS=(i,t)=>{let e=(i-t+4294967296)%4294967296;return e>=2**31?e-2**32:e},bc=class{constructor(t=CS){this.keyInterval=t,this.last=null,this.lastKey=null}encode(t,e,n){if(n.length===0)return new Uint8Array(0);let s=this.last===null||this.lastKey===null||(e-this.lastKey+2**32)%2**32>=this.keyInterval||!((t-this.last.seq+65536)%65536>=1&&(t-this.last.seq+65536)%65536<=Ju),r=null,o=0;s?this.lastKey=e:(r=this.last.reference,o=(t-this.last.seq+65536)%65536);let a=n.map(GS),l=n.map(h=>VS(h.timestamp,e)),c=pg(o,l,a,r,e);return this.last={seq:t,reference:mg(r,e,l,a)},c}},Ec=class{constructor(){this.refs=new Map,this.undecodable=0}decode(t,e,n){if(n.length===0)return[];let s=zS(n,e,r=>this.refs.get((t-r+65536)%65536));if(!s)return this.undecodable++,[];for(this.refs.delete(t),this.refs.set(t,mg(s.reference,e,s.dts,s.frames));this.refs.size>32;)this.refs.delete(this.refs.keys().next().value);return s.frames.map((r,o)=>HS(r,(e+s.dts[o]+2**32)%2**32))}};var WS=312;function XS(i){if(!i.length)return 0;let t=i[0],e=t>>3,n;e<12?n=[480,960,1920,2880][e&3]:e<16?n=[480,960][e&1]:n=[120,240,480,960][e&3];let s=t&3,r=s===0?1:s<3?2:i.length>1?i[1]&63:0;return n*r}var Tc=.06,xg=.4,Rc=class{constructor(){this.last=null,this.gaps=[]}tick(t){this.last!==null&&(this.gaps.push(t-this.last),this.gaps.length>200&&this.gaps.shift()),this.last=t}lead(){if(this.gaps.length<5)return Tc;let t=[...this.gaps].sort((n,s)=>n-s),e=t[Math.floor(.98*(t.length-1))];return Math.min(xg,Math.max(Tc,1.5*e+.02))}},gg=.06*48e3;function yg(){return{packetsReceived:0,mediaPackets:0,controlPackets:0,protocolErrors:0,motionFramesReceived:0,motionLog:[],audioPacketsReceived:0,audioFramesDecoded:0,audioSamplesDecoded:0,audioSlotsScheduled:0,audioSlotsConcealed:0,audioSlotsSilent:0,audioLate:0,decodeErrors:0,jitter:null,photoBytes:0,photoPeer:null,helloName:null,renderedFrames:0,currentWeights:new Array(te).fill(0),currentPose:[0,0,0,0,0,0],playoutSample:null}}var Cc=class{constructor(t,e,n,s,r){Object.assign(this,{remote:t,ctx:e,output:n,stats:s,onPhoto:r}),this.jitter=null,this.track=new vc,this.motionV2=new Ec,this.mediaVersion=1,this.mismatch=null,this.seqs=new Ao(16),this.stamps=new Ao(32),this.photos=new xc,this.graphs=new yc,this.capabilities=[],this.onGraph=null,this.slots=[],this.nextSlot=null,this.pending=[],this.motionAnchor=null,this.decoder=this.makeDecoder()}now(){return this.ctx&&this.ctx.state==="running"?this.ctx.currentTime:performance.now()/1e3}makeDecoder(){if(typeof AudioDecoder>"u")return null;let t=new AudioDecoder({output:e=>this.play(e),error:e=>{this.stats.decodeErrors++,console.warn("Opus decoder:",e),this.pending=[],this.decoder=this.makeDecoder()}});return t.configure({codec:"opus",sampleRate:48e3,numberOfChannels:1}),t}onMessage(t,e){let n=this.stats;n.packetsReceived++;let s;try{s=Hm(e)}catch(r){if(!(r instanceof ie))throw r;n.protocolErrors++;return}if(s.kind==="mediaV2")try{let r=this.motionV2.decode(s.seq,s.timestamp,s.motion);s=new Ss(s.seq,s.timestamp,s.opus,r)}catch(r){if(!(r instanceof Dn))throw r;n.protocolErrors++;return}if(s.kind==="media"){if(t!=="media"){n.protocolErrors++;return}n.mediaPackets++,this.onMedia(s)}else n.controlPackets++,this.onControl(s)}onMedia(t){let e=this.stats;this.seqs.unwrap(t.seq);let n=this.stamps.unwrap(t.timestamp);for(let s of t.motion){let r=(s.timestamp-t.timestamp)%4294967296;r<-(2**31)&&(r+=2**32),r>=2**31&&(r-=2**32),this.track.add(n+r,s.weights,s.pose),e.motionFramesReceived++,e.motionLog.length<5e3&&e.motionLog.push({t:s.timestamp,w:Array.from(s.weights),pose:Array.from(s.pose)});let o=this.motionAnchor&&this.motionAnchor.sample+(this.now()-this.motionAnchor.time)*48e3;(!this.motionAnchor||Math.abs(n+r-gg-o)>.3*48e3)&&(this.motionAnchor={time:this.now(),sample:n+r-gg})}if(t.opus.length>0){let s=XS(t.opus);if(!Xu.includes(s)||this.jitter&&s!==this.jitter.config.frameSamples){e.protocolErrors++;return}this.jitter||(this.jitter=new _c({frameSamples:s,maxMs:xg*1e3+100})),e.audioPacketsReceived++,this.jitter.push(n,t.opus,performance.now(),$m(t.opus))}}onControl(t){if(t.kind==="photoChunk"||t.kind==="graphChunk")try{if(t.kind==="photoChunk"){let e=this.photos.add(t);e&&(this.stats.photoAt=performance.now(),this.stats.photoBytes=e.length,this.stats.photoPeer=this.remote,this.photoId=t.photoId,this.onPhoto(e))}else{this.stats.graphFirstChunkAt??=performance.now();let e=this.graphs.add(t);e&&(this.stats.graphBytes=e.length,this.onGraph?.(t.photoId,e,""))}}catch(e){if(e instanceof ie)this.stats.protocolErrors++;else throw e}else if(t.kind==="hello"){this.name=t.name,this.capabilities=t.capabilities;try{this.mediaVersion=zm(t.capabilities)}catch(e){this.mediaVersion!==null&&(this.mismatch=e.message),this.mediaVersion=null}this.stats.helloName=t.name}else t.kind==="notice"&&t.code==="render-graph-failed"&&this.onGraph?.(this.photoId,null,t.message)}tick(t=Tc){if(!this.jitter)return;this.jitter.config.minMs=Math.min(this.jitter.config.maxMs,Math.max(20,t*1e3));let e=this.jitter.config.frameSamples/48e3,n=this.now();for(this.nextSlot!==null&&this.nextSlot<n&&(this.nextSlot=null,this.stats.audioLate++);;){let s=this.nextSlot??n+.02;if(s>n+t||this.jitter.started&&!this.jitter.hasNext()&&s>n+Tc)break;let r=this.jitter.pop();if(r===null){this.nextSlot=null;break}if(this.nextSlot=s+e,this.slots.push({time:s,ts:r.timestamp-WS,samples:this.jitter.config.frameSamples}),this.slots.length>64&&this.slots.shift(),this.stats.audioSlotsScheduled++,r.silent){this.stats.audioSlotsSilent++;continue}if(r.payload===null||!this.decoder){this.stats.audioSlotsConcealed++;continue}let o=this.jitter.config.frameSamples;try{this.decoder.decode(new EncodedAudioChunk({type:"key",timestamp:Math.round(r.timestamp*1e6/48e3),data:r.payload})),this.pending.push({at:s,total:o,remaining:o})}catch{this.stats.decodeErrors++}}this.stats.jitter={...this.jitter.counters,targetMs:this.jitter.targetMs,depthMs:this.jitter.depthMs}}play(t){let e=t.numberOfFrames,n=this.pending[0],s;n&&(s=n.at+(n.total-n.remaining)/48e3,n.remaining-=e,n.remaining<=0&&this.pending.shift());let r=e;if(this.stats.audioFramesDecoded++,this.stats.audioSamplesDecoded+=r,this.ctx&&this.ctx.state==="running"&&s!==void 0){let o=this.ctx.createBuffer(1,r,t.sampleRate);t.copyTo(o.getChannelData(0),{planeIndex:0,format:"f32-planar"});let a=this.ctx.createBufferSource();a.buffer=o,a.connect(this.output),s<this.ctx.currentTime&&this.stats.audioLate++,a.start(Math.max(s,this.ctx.currentTime))}t.close()}playoutSample(t=this.now()){let e=this.ctx&&this.ctx.state==="running"&&(this.ctx.outputLatency||this.ctx.baseLatency)||0,n=t-e;for(let s=this.slots.length-1;s>=0;s--){let r=this.slots[s];if(r.time<=n)return r.ts+Math.min(r.samples,(n-r.time)*48e3)}return this.slots.length?this.slots[0].ts:this.motionAnchor?this.motionAnchor.sample+(t-this.motionAnchor.time)*48e3:null}face(t,e){let n=this.playoutSample();return n===null?!1:(this.stats.playoutSample=n,this.track.sample(n,t,e))}drained(){return(!this.jitter||this.jitter.depthMs===0)&&this.pending.length===0}close(){try{this.decoder?.close()}catch{}}};var $S=`
class Tap extends AudioWorkletProcessor {
  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    if (ch) this.port.postMessage(ch.slice(0));
    return true;
  }
}
registerProcessor('photocall-tap', Tap);
`;async function Qu(i,t){let e=URL.createObjectURL(new Blob([$S],{type:"text/javascript"}));try{await i.audioWorklet.addModule(e)}finally{URL.revokeObjectURL(e)}let n=new AudioWorkletNode(i,"photocall-tap",{numberOfInputs:1,numberOfOutputs:1,channelCount:1,channelCountMode:"explicit"});return n.port.onmessage=s=>t(s.data),n}var Co=class{constructor(t,e=960){this.onFrame=t,this.buffer=new Float32Array(e),this.fill=0}push(t){let e=0;for(;e<t.length;){let n=Math.min(t.length-e,this.buffer.length-this.fill);this.buffer.set(t.subarray(e,e+n),this.fill),this.fill+=n,e+=n,this.fill===this.buffer.length&&(this.onFrame(this.buffer.slice()),this.fill=0)}}};async function _g(i,t,e){let n=new OfflineAudioContext(1,i.length,t),s=0,r,o=new Promise(u=>{r=u}),a=new Co(e),l=await Qu(n,u=>{a.push(u),s+=u.length,s>=i.length&&r()}),c=n.createBuffer(1,i.length,t);c.copyToChannel(i,0);let h=n.createBufferSource();h.buffer=c,h.connect(l).connect(n.destination),h.start(0),await n.startRendering(),await o}var _r=class{constructor(t,e="motion-worker.js"){this.onFrames=t,this.url=e,this.worker=null,this.flushed=null}start(t=0){return typeof Worker>"u"?Promise.reject(new Error("this browser has no Web Workers")):(this.worker=new Worker(this.url),new Promise((e,n)=>{this.worker.onerror=s=>n(new Error(`motion worker: ${s.message||"failed to start"}`)),this.worker.onmessage=s=>{let r=s.data;r.type==="ready"?e():r.type==="failed"?n(new Error(r.error)):r.type==="frames"?this.onFrames(r.frames,r.chunkMs,r.error):r.type==="flushed"&&(this.onFrames(r.frames,null),this.flushed?.(r))},this.worker.postMessage({type:"init",seed:t})}))}push(t){this.worker.postMessage({type:"pcm",pcm:t},[t.buffer])}reset(t){this.worker.postMessage({type:"reset",origin:t})}flush(){return new Promise(t=>{this.flushed=t,this.worker.postMessage({type:"flush"})})}stop(){this.worker?.terminate(),this.worker=null}};var tf=Object.freeze({thresholdDbfs:-50,hangoverMs:240,keepaliveMs:500}),vg=i=>Math.round(i*48e3/1e3),Ic=class{constructor(t=tf,e=256){this.config={...tf,...t},this.memory=e,this.loud=[],this.threshold=10**(this.config.thresholdDbfs/20)}hear(t,e){let n=0;for(let o=0;o<e.length;o++)n+=e[o]*e[o];let r=(e.length?Math.sqrt(n/e.length):0)>=this.threshold;return r&&(this.loud.push(t),this.loud.length>this.memory&&this.loud.shift()),r}speaking(t,e,n){let s=t-vg(this.config.hangoverMs);for(let r=this.loud.length-1;r>=0;r--){let o=this.loud[r];if(s<=o&&o<n)return!0;if(o<s)break}return!1}},Pc=class{constructor(t,e){this.config={...tf,...t},this.dtx=e,this.silent=!1,this.lastSent=null,this.seq=0,this.counters={speech:0,dtx:0,withheld:0}}admit(t,e,n,s,r=!1){return s?(this.silent=!1,this.counters.speech++,this.send(t,e,n)):this.silent?r||t-this.lastSent>=vg(this.config.keepaliveMs)?(this.counters.dtx++,this.send(t,this.dtx,[])):(this.counters.withheld++,null):(this.silent=!0,this.counters.dtx++,this.send(t,this.dtx,n))}send(t,e,n){this.lastSent=t;let s=this.seq%65536;return this.seq++,{seq:s,opus:e,motion:n}}};var Lc=1920,qS=16e3,YS=2,ZS=25,ef=class{constructor(t=1){this.level=0,this.seed=t,this.nextBlink=1.5,this.blinkStart=-1,this.t=0}rand(){return this.seed=this.seed*16807%2147483647,this.seed/2147483647}push(t){let e=0;for(let a=0;a<t.length;a++)e+=t[a]*t[a];let n=10*Math.log10(e/t.length+1e-12),s=Math.min(1,Math.max(0,(n+50)/35));this.level+=(s-this.level)*(s>this.level?.6:.25);let r=new Float32Array(te);r[tn.jawOpen]=.7*this.level,r[tn.mouthLowerDownLeft]=r[tn.mouthLowerDownRight]=.3*this.level,this.t+=t.length/48e3,this.t>=this.nextBlink&&(this.blinkStart=this.t,this.nextBlink=this.t+2+4*this.rand());let o=this.t-this.blinkStart;if(this.blinkStart>=0&&o<.15){let a=Math.sin(Math.PI*o/.15);r[tn.eyeBlinkLeft]=r[tn.eyeBlinkRight]=a}return r}},Uc=class{constructor(t,e,n){Object.assign(this,{ctx:t,sendMedia:e,stats:n}),this.motionV2=new bc,this.vad=new Ic,this.gate=new Pc({},Xm(Lc)),this.sample=0,this.chunker=new Co(s=>this.onFrame(s)),this.model=null,this.fallback=new ef,this.frames=new Map,this.packetIndex=0,this.lastWeights=new Float32Array(te),this.lastPose=new Float32Array(6),this.chunkMs=[],this.backlog=0,this.resync=!1}async loadModel(){let t=new _r((e,n,s)=>{s&&(this.stats.motionErrors=(this.stats.motionErrors??0)+1,console.warn("motion model:",s)),this.onMotion(e,n)});try{await t.start(),this.model=t,this.stats.motionSource="model"}catch(e){t.stop(),this.model=null,this.stats.motionSource=`fallback: ${e.message}`}return this.stats.motionSource}onMotion(t,e){e!=null&&(this.backlog--,this.chunkMs.push(e),this.chunkMs.length>500&&this.chunkMs.shift());for(let n of t){try{this.frames.set(n.t,new Ki(n.t%2**32,n.w,n.p))}catch{this.stats.motionErrors=(this.stats.motionErrors??0)+1;continue}this.lastWeights=n.w,this.lastPose=n.p}}async start(){if(!window.isSecureContext)throw new Error("the microphone and WebCodecs need a secure page: open it over https or http://localhost");if(typeof AudioEncoder>"u")throw new Error("this browser has no WebCodecs AudioEncoder: sending audio is not possible here");if(this.ctx.sampleRate!==48e3)throw new Error(`the audio context runs at ${this.ctx.sampleRate} Hz, not 48000`);this.stream=await navigator.mediaDevices.getUserMedia({audio:{channelCount:1,echoCancellation:!0,noiseSuppression:!0}}),this.encoder=new AudioEncoder({output:t=>this.onChunk(t),error:t=>{this.stats.encodeErrors++,console.warn("Opus encoder:",t)}}),this.encoder.configure({codec:"opus",sampleRate:48e3,numberOfChannels:1,bitrate:qS,opus:{frameDuration:Lc*1e6/48e3,application:"voip"}}),await this.loadModel(),this.source=this.ctx.createMediaStreamSource(this.stream),this.tap=await Qu(this.ctx,t=>this.chunker.push(t)),this.mute=this.ctx.createGain(),this.mute.gain.value=0,this.source.connect(this.tap).connect(this.mute).connect(this.ctx.destination),this.stats.started=!0,this.stats.device=this.stream.getAudioTracks()[0]?.label??""}onFrame(t){let e=this.sample;this.sample+=960,this.motionFor(e,t),this.vad.hear(e,t);let n=new AudioData({format:"f32",sampleRate:48e3,numberOfFrames:960,numberOfChannels:1,timestamp:Math.round(e*1e6/48e3),data:t});this.encoder.encode(n),n.close(),this.stats.samplesCaptured+=960}motionFor(t,e){if(this.model&&this.backlog>=ZS&&!this.resync&&(this.resync=!0,this.stats.motionOverloads=(this.stats.motionOverloads??0)+1),this.model&&this.resync&&this.backlog===0&&(this.model.reset(t),this.resync=!1),this.model&&!this.resync){this.backlog++,this.model.push(e.slice());return}let n=this.fallback.push(e);this.lastWeights=n,t/960%YS===0&&this.frames.set(t,new Ki(t%2**32,n))}medianChunkMs(){let t=[...this.chunkMs].sort((e,n)=>e-n);return t.length?t[Math.floor(t.length/2)]:null}onChunk(t){let e=new Uint8Array(t.byteLength);t.copyTo(e);let n=Math.round(t.timestamp*48e3/1e6/960)*960,s=[];for(let[h,u]of this.frames)h<=n+Lc&&(s.push(u),this.frames.delete(h));let r=this.vad.speaking(n,n+Lc,this.sample),o=this.gate.admit(n,e,s.filter(h=>n-h.timestamp<32e3),r);if(o===null){this.stats.packetsWithheld=(this.stats.packetsWithheld??0)+1;return}let a=new Ss(o.seq,n%2**32,o.opus,o.motion),l=Un(a),c=this.motionV2.encode(a.seq,a.timestamp,a.motion);this.sendMedia({1:l,2:Un(new Mo(a.seq,a.timestamp,a.opus,c))}),this.stats.packetsSent++,this.stats.bytesSent+=l.length,this.stats.motionFramesSent+=a.motion.length}stop(){this.stream?.getTracks().forEach(t=>t.stop()),this.source?.disconnect(),this.tap?.disconnect();try{this.encoder?.close()}catch{}this.model?.stop(),this.stats.started=!1}};var Ls={};qx(Ls,{InferenceSession:()=>Cf,LoraAdapter:()=>If,TRACE:()=>zc,TRACE_EVENT_BEGIN:()=>Is,TRACE_EVENT_END:()=>Ps,TRACE_FUNC_BEGIN:()=>Ci,TRACE_FUNC_END:()=>Ii,Tensor:()=>Jn,default:()=>MM,env:()=>Se,registerBackend:()=>No});var Zn={};var bf=Object.defineProperty,JS=Object.getOwnPropertyDescriptor,KS=Object.getOwnPropertyNames,jS=Object.prototype.hasOwnProperty,QS=(i=>typeof os<"u"?os:typeof Proxy<"u"?new Proxy(i,{get:(t,e)=>(typeof os<"u"?os:t)[e]}):i)(function(i){if(typeof os<"u")return os.apply(this,arguments);throw Error('Dynamic require of "'+i+'" is not supported')}),ae=(i,t,e)=>()=>{if(e)throw e[0];try{return i&&(t=i(i=0)),t}catch(n){throw e=[n],n}},Vc=(i,t)=>{for(var e in t)bf(i,e,{get:t[e],enumerable:!0})},tM=(i,t,e,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of KS(t))!jS.call(i,s)&&s!==e&&bf(i,s,{get:()=>t[s],enumerable:!(n=JS(t,s))||n.enumerable});return i},vf=i=>tM(bf({},"__esModule",{value:!0}),i),wr,Ri,nf,No,sf,kg,zg,Ef=ae(()=>{"use strict";wr=new Map,Ri=[],nf=new WeakMap,No=(i,t,e)=>{if(t&&typeof t.init=="function"&&typeof t.createInferenceSessionHandler=="function"){let n=wr.get(i);if(n===void 0)wr.set(i,{backend:t,priority:e});else{if(n.priority>e)return;if(n.priority===e&&n.backend!==t)throw new Error(`cannot register backend "${i}" using priority ${e}`)}if(e>=0){let s=Ri.indexOf(i);s!==-1&&Ri.splice(s,1);for(let r=0;r<Ri.length;r++)if(wr.get(Ri[r]).priority<=e){Ri.splice(r,0,i);return}Ri.push(i)}return}throw new TypeError("not a valid backend")},sf=async i=>{let t=wr.get(i);if(!t)return"backend not found.";if(t.initialized)return t.backend;if(t.aborted)return t.error;{let e=!!t.initPromise;try{if(!e){let n=t.backend,s=nf.get(n);t.initPromise=s?s.then(async()=>n.init(i),async()=>n.init(i)):n.init(i),nf.set(n,t.initPromise)}return await t.initPromise,t.initialized=!0,t.backend}catch(n){return e||(t.error=`${n}`,t.aborted=!0),t.error}finally{delete t.initPromise}}},kg=async i=>{let t=i.executionProviders||[],e=t.map(l=>typeof l=="string"?l:l.name),n=e.length===0?Ri:e,s,r=[],o=new Set;for(let l of n){let c=await sf(l);typeof c=="string"?r.push({name:l,err:c}):(s||(s=c),s===c&&o.add(l))}if(!s)throw new Error(`no available backend found. ERR: ${r.map(l=>`[${l.name}] ${l.err}`).join(", ")}`);for(let{name:l,err:c}of r)e.includes(l)&&console.warn(`removing requested execution provider "${l}" from session options because it is not available: ${c}`);let a=t.filter(l=>o.has(typeof l=="string"?l:l.name));return[s,new Proxy(i,{get:(l,c)=>c==="executionProviders"?a:Reflect.get(l,c)})]},zg=async()=>{let i=[];for(let e of Ri){if(typeof wr.get(e).backend.createLoraAdapterHandler!="function")continue;let n=await sf(e);if(typeof n!="string")return n;i.push({name:e,err:n})}let t=i.length===0?"":` ERR: ${i.map(e=>`[${e.name}] ${e.err}`).join(", ")}`;throw new Error(`no available backend supports LoRA adapters.${t}`)}}),eM=ae(()=>{"use strict";Ef()}),Gg,nM=ae(()=>{"use strict";Gg="1.31.1"}),rf,Ye,Hg=ae(()=>{"use strict";nM(),rf="warning",Ye={wasm:{},webgl:{},webgpu:{},versions:{common:Gg},set logLevel(i){if(i!==void 0){if(typeof i!="string"||["verbose","info","warning","error","fatal"].indexOf(i)===-1)throw new Error(`Unsupported logging level: ${i}`);rf=i}},get logLevel(){return rf}},Object.defineProperty(Ye,"logLevel",{enumerable:!0})}),Se,iM=ae(()=>{"use strict";Hg(),Se=Ye}),zc,of,Ci,Ii,Is,Ps,Af=ae(()=>{"use strict";Hg(),zc=(i,t)=>{(typeof Ye.trace>"u"?!Ye.wasm.trace:!Ye.trace)||console.timeStamp(`${i}::ORT::${t}`)},of=(i,t)=>{let e=new Error().stack?.split(/\r\n|\r|\n/g)||[],n=!1;for(let s=0;s<e.length;s++){if(n&&!e[s].includes("TRACE_FUNC")){let r=`FUNC_${i}::${e[s].trim().split(" ")[1]}`;t&&(r+=`::${t}`),zc("CPU",r);return}e[s].includes("TRACE_FUNC")&&(n=!0)}},Ci=i=>{(typeof Ye.trace>"u"?!Ye.wasm.trace:!Ye.trace)||of("BEGIN",i)},Ii=i=>{(typeof Ye.trace>"u"?!Ye.wasm.trace:!Ye.trace)||of("END",i)},Is=i=>{(typeof Ye.trace>"u"?!Ye.wasm.trace:!Ye.trace)||console.time(`ORT::${i}`)},Ps=i=>{(typeof Ye.trace>"u"?!Ye.wasm.trace:!Ye.trace)||console.timeEnd(`ORT::${i}`)}}),Tf,Vg=ae(()=>{"use strict";Ef(),Af(),Tf=class Wg{constructor(t,e){this.backend=t,this.handler=e}static async create(t){if(Ci(),typeof t!="string"&&!(t instanceof Uint8Array))throw new TypeError("Unexpected argument[0]: must be 'path' or 'buffer'.");let e=await zg(),n=await e.createLoraAdapterHandler(t);return Ii(),new Wg(e,n)}async release(){return this.handler.dispose()}}}),Xg,$g,sM=ae(()=>{"use strict";Xg=(i,t)=>{let e=typeof document<"u"?document.createElement("canvas"):new OffscreenCanvas(1,1);e.width=i.dims[3],e.height=i.dims[2];let n=e.getContext("2d");if(n!=null){let s,r;t?.tensorLayout!==void 0&&t.tensorLayout==="NHWC"?(s=i.dims[2],r=i.dims[3]):(s=i.dims[3],r=i.dims[2]);let o=t?.format!==void 0?t.format:"RGB",a=t?.norm,l,c;a===void 0||a.mean===void 0?l=[255,255,255,255]:typeof a.mean=="number"?l=[a.mean,a.mean,a.mean,a.mean]:(l=[a.mean[0],a.mean[1],a.mean[2],0],a.mean[3]!==void 0&&(l[3]=a.mean[3])),a===void 0||a.bias===void 0?c=[0,0,0,0]:typeof a.bias=="number"?c=[a.bias,a.bias,a.bias,a.bias]:(c=[a.bias[0],a.bias[1],a.bias[2],0],a.bias[3]!==void 0&&(c[3]=a.bias[3]));let h=r*s,u=0,f=h,d=h*2,g=-1;o==="RGBA"?(u=0,f=h,d=h*2,g=h*3):o==="RGB"?(u=0,f=h,d=h*2):o==="RBG"&&(u=0,d=h,f=h*2);for(let E=0;E<r;E++)for(let x=0;x<s;x++){let p=(i.data[u++]-c[0])*l[0],M=(i.data[f++]-c[1])*l[1],A=(i.data[d++]-c[2])*l[2],b=g===-1?255:(i.data[g++]-c[3])*l[3];n.fillStyle="rgba("+p+","+M+","+A+","+b+")",n.fillRect(x,E,1,1)}if("toDataURL"in e)return e.toDataURL();throw new Error("toDataURL is not supported")}else throw new Error("Can not access image data")},$g=(i,t)=>{let e=typeof document<"u"?document.createElement("canvas").getContext("2d"):new OffscreenCanvas(1,1).getContext("2d"),n;if(e!=null){let s,r,o;t?.tensorLayout!==void 0&&t.tensorLayout==="NHWC"?(s=i.dims[2],r=i.dims[1],o=i.dims[3]):(s=i.dims[3],r=i.dims[2],o=i.dims[1]);let a=t!==void 0&&t.format!==void 0?t.format:"RGB",l=t?.norm,c,h;l===void 0||l.mean===void 0?c=[255,255,255,255]:typeof l.mean=="number"?c=[l.mean,l.mean,l.mean,l.mean]:(c=[l.mean[0],l.mean[1],l.mean[2],255],l.mean[3]!==void 0&&(c[3]=l.mean[3])),l===void 0||l.bias===void 0?h=[0,0,0,0]:typeof l.bias=="number"?h=[l.bias,l.bias,l.bias,l.bias]:(h=[l.bias[0],l.bias[1],l.bias[2],0],l.bias[3]!==void 0&&(h[3]=l.bias[3]));let u=r*s;if(t!==void 0&&(t.format!==void 0&&o===4&&t.format!=="RGBA"||o===3&&t.format!=="RGB"&&t.format!=="BGR"))throw new Error("Tensor format doesn't match input tensor dims");let f=4,d=0,g=1,E=2,x=3,p=0,M=u,A=u*2,b=-1;a==="RGBA"?(p=0,M=u,A=u*2,b=u*3):a==="RGB"?(p=0,M=u,A=u*2):a==="RBG"&&(p=0,A=u,M=u*2),n=e.createImageData(s,r);for(let R=0;R<r*s;d+=f,g+=f,E+=f,x+=f,R++)n.data[d]=(i.data[p++]-h[0])*c[0],n.data[g]=(i.data[M++]-h[1])*c[1],n.data[E]=(i.data[A++]-h[2])*c[2],n.data[x]=b===-1?255:(i.data[b++]-h[3])*c[3]}else throw new Error("Can not access image data");return n}}),Dc,qg,Yg,Zg,Jg,Kg,rM=ae(()=>{"use strict";Rf(),Dc=(i,t)=>{if(i===void 0)throw new Error("Image buffer must be defined");if(t.height===void 0||t.width===void 0)throw new Error("Image height and width must be defined");if(t.tensorLayout==="NHWC")throw new Error("NHWC Tensor layout is not supported yet");let{height:e,width:n}=t,s=t.norm??{mean:255,bias:0},r,o;typeof s.mean=="number"?r=[s.mean,s.mean,s.mean,s.mean]:r=[s.mean[0],s.mean[1],s.mean[2],s.mean[3]??255],typeof s.bias=="number"?o=[s.bias,s.bias,s.bias,s.bias]:o=[s.bias[0],s.bias[1],s.bias[2],s.bias[3]??0];let a=t.format!==void 0?t.format:"RGBA",l=t.tensorFormat!==void 0&&t.tensorFormat!==void 0?t.tensorFormat:"RGB",c=e*n,h=l==="RGBA"?new Float32Array(c*4):new Float32Array(c*3),u=4,f=0,d=1,g=2,E=3,x=0,p=c,M=c*2,A=-1;a==="RGB"&&(u=3,f=0,d=1,g=2,E=-1),l==="RGBA"?A=c*3:l==="RBG"?(x=0,M=c,p=c*2):l==="BGR"&&(M=0,p=c,x=c*2);for(let b=0;b<c;b++,f+=u,g+=u,d+=u,E+=u)h[x++]=(i[f]+o[0])/r[0],h[p++]=(i[d]+o[1])/r[1],h[M++]=(i[g]+o[2])/r[2],A!==-1&&E!==-1&&(h[A++]=(i[E]+o[3])/r[3]);return l==="RGBA"?new An("float32",h,[1,4,e,n]):new An("float32",h,[1,3,e,n])},qg=async(i,t)=>{let e=typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement,n=typeof ImageData<"u"&&i instanceof ImageData,s=typeof ImageBitmap<"u"&&i instanceof ImageBitmap,r=typeof i=="string",o,a=t??{},l=()=>{if(typeof document<"u")return document.createElement("canvas");if(typeof OffscreenCanvas<"u")return new OffscreenCanvas(1,1);throw new Error("Canvas is not supported")},c=h=>typeof HTMLCanvasElement<"u"&&h instanceof HTMLCanvasElement||h instanceof OffscreenCanvas?h.getContext("2d"):null;if(e){let h=l();h.width=i.width,h.height=i.height;let u=c(h);if(u!=null){let f=i.height,d=i.width;if(t!==void 0&&t.resizedHeight!==void 0&&t.resizedWidth!==void 0&&(f=t.resizedHeight,d=t.resizedWidth),t!==void 0){if(a=t,t.tensorFormat!==void 0)throw new Error("Image input config format must be RGBA for HTMLImageElement");a.tensorFormat="RGBA",a.height=f,a.width=d}else a.tensorFormat="RGBA",a.height=f,a.width=d;u.drawImage(i,0,0),o=u.getImageData(0,0,d,f).data}else throw new Error("Can not access image data")}else if(n){let h,u;if(t!==void 0&&t.resizedWidth!==void 0&&t.resizedHeight!==void 0?(h=t.resizedHeight,u=t.resizedWidth):(h=i.height,u=i.width),t!==void 0&&(a=t),a.format="RGBA",a.height=h,a.width=u,t!==void 0){let f=l();f.width=u,f.height=h;let d=c(f);if(d!=null)d.putImageData(i,0,0),o=d.getImageData(0,0,u,h).data;else throw new Error("Can not access image data")}else o=i.data}else if(s){if(t===void 0)throw new Error("Please provide image config with format for Imagebitmap");let h=l();h.width=i.width,h.height=i.height;let u=c(h);if(u!=null){let f=i.height,d=i.width;return u.drawImage(i,0,0,d,f),o=u.getImageData(0,0,d,f).data,a.height=f,a.width=d,Dc(o,a)}else throw new Error("Can not access image data")}else{if(r)return new Promise((h,u)=>{let f=l(),d=c(f);if(!i||!d)return u();let g=new Image;g.crossOrigin="Anonymous",g.src=i,g.onload=()=>{f.width=g.width,f.height=g.height,d.drawImage(g,0,0,f.width,f.height);let E=d.getImageData(0,0,f.width,f.height);a.height=f.height,a.width=f.width,h(Dc(E.data,a))}});throw new Error("Input data provided is not supported - aborted tensor creation")}if(o!==void 0)return Dc(o,a);throw new Error("Input data provided is not supported - aborted tensor creation")},Yg=(i,t)=>{let{width:e,height:n,download:s,dispose:r}=t,o=[1,n,e,4];return new An({location:"texture",type:"float32",texture:i,dims:o,download:s,dispose:r})},Zg=(i,t)=>{let{dataType:e,dims:n,download:s,dispose:r}=t;return new An({location:"gpu-buffer",type:e??"float32",gpuBuffer:i,dims:n,download:s,dispose:r})},Jg=(i,t)=>{let{dataType:e,dims:n,download:s,dispose:r}=t;return new An({location:"ml-tensor",type:e??"float32",mlTensor:i,dims:n,download:s,dispose:r})},Kg=(i,t,e)=>new An({location:"cpu-pinned",type:i,data:t,dims:e??[t.length]})}),Cs,Do,af,jg,oM=ae(()=>{"use strict";Cs=new Map([["float32",Float32Array],["uint8",Uint8Array],["int8",Int8Array],["uint16",Uint16Array],["int16",Int16Array],["int32",Int32Array],["bool",Uint8Array],["float64",Float64Array],["uint32",Uint32Array],["int4",Uint8Array],["uint4",Uint8Array]]),Do=new Map([[Float32Array,"float32"],[Uint8Array,"uint8"],[Int8Array,"int8"],[Uint16Array,"uint16"],[Int16Array,"int16"],[Int32Array,"int32"],[Float64Array,"float64"],[Uint32Array,"uint32"]]),af=!1,jg=()=>{if(!af){af=!0;let i=typeof BigInt64Array<"u"&&BigInt64Array.from,t=typeof BigUint64Array<"u"&&BigUint64Array.from,e=globalThis.Float16Array,n=typeof e<"u"&&e.from;i&&(Cs.set("int64",BigInt64Array),Do.set(BigInt64Array,"int64")),t&&(Cs.set("uint64",BigUint64Array),Do.set(BigUint64Array,"uint64")),n?(Cs.set("float16",e),Do.set(e,"float16")):Cs.set("float16",Uint16Array)}}}),Qg,t0,aM=ae(()=>{"use strict";Rf(),Qg=i=>{let t=1;for(let e=0;e<i.length;e++){let n=i[e];if(typeof n!="number"||!Number.isSafeInteger(n))throw new TypeError(`dims[${e}] must be an integer, got: ${n}`);if(n<0)throw new RangeError(`dims[${e}] must be a non-negative integer, got: ${n}`);t*=n}return t},t0=(i,t)=>{switch(i.location){case"cpu":return new An(i.type,i.data,t);case"cpu-pinned":return new An({location:"cpu-pinned",data:i.data,type:i.type,dims:t});case"texture":return new An({location:"texture",texture:i.texture,type:i.type,dims:t});case"gpu-buffer":return new An({location:"gpu-buffer",gpuBuffer:i.gpuBuffer,type:i.type,dims:t});case"ml-tensor":return new An({location:"ml-tensor",mlTensor:i.mlTensor,type:i.type,dims:t});default:throw new Error(`tensorReshape: tensor location ${i.location} is not supported`)}}}),An,Rf=ae(()=>{"use strict";sM(),rM(),oM(),aM(),An=class{constructor(i,t,e){jg();let n,s;if(typeof i=="object"&&"location"in i)switch(this.dataLocation=i.location,n=i.type,s=i.dims,i.location){case"cpu-pinned":{let o=Cs.get(n);if(!o)throw new TypeError(`unsupported type "${n}" to create tensor from pinned buffer`);if(!(i.data instanceof o))throw new TypeError(`buffer should be of type ${o.name}`);this.cpuData=i.data;break}case"texture":{if(n!=="float32")throw new TypeError(`unsupported type "${n}" to create tensor from texture`);this.gpuTextureData=i.texture,this.downloader=i.download,this.disposer=i.dispose;break}case"gpu-buffer":{if(n!=="float32"&&n!=="float16"&&n!=="int32"&&n!=="int64"&&n!=="uint32"&&n!=="uint8"&&n!=="bool"&&n!=="uint4"&&n!=="int4")throw new TypeError(`unsupported type "${n}" to create tensor from gpu buffer`);this.gpuBufferData=i.gpuBuffer,this.downloader=i.download,this.disposer=i.dispose;break}case"ml-tensor":{if(n!=="float32"&&n!=="float16"&&n!=="int32"&&n!=="int64"&&n!=="uint32"&&n!=="uint64"&&n!=="int8"&&n!=="uint8"&&n!=="bool"&&n!=="uint4"&&n!=="int4")throw new TypeError(`unsupported type "${n}" to create tensor from MLTensor`);this.mlTensorData=i.mlTensor,this.downloader=i.download,this.disposer=i.dispose;break}default:throw new Error(`Tensor constructor: unsupported location '${this.dataLocation}'`)}else{let o,a;if(typeof i=="string")if(n=i,a=e,i==="string"){if(!Array.isArray(t))throw new TypeError("A string tensor's data must be a string array.");o=t}else{let l=Cs.get(i);if(l===void 0)throw new TypeError(`Unsupported tensor type: ${i}.`);if(Array.isArray(t)){if(i==="float16"&&l===Uint16Array||i==="uint4"||i==="int4")throw new TypeError(`Creating a ${i} tensor from number array is not supported. Please use ${l.name} as data.`);i==="uint64"||i==="int64"?o=l.from(t,BigInt):o=l.from(t)}else if(t instanceof l)o=t;else if(t instanceof Uint8ClampedArray)if(i==="uint8")o=Uint8Array.from(t);else throw new TypeError("A Uint8ClampedArray tensor's data must be type of uint8");else if(i==="float16"&&t instanceof Uint16Array&&l!==Uint16Array)o=new globalThis.Float16Array(t.buffer,t.byteOffset,t.length);else throw new TypeError(`A ${n} tensor's data must be type of ${l}`)}else if(a=t,Array.isArray(i)){if(i.length===0)throw new TypeError("Tensor type cannot be inferred from an empty array.");let l=typeof i[0];if(l==="string")n="string",o=i;else if(l==="boolean")n="bool",o=Uint8Array.from(i);else throw new TypeError(`Invalid element type of data array: ${l}.`)}else if(i instanceof Uint8ClampedArray)n="uint8",o=Uint8Array.from(i);else{let l=Do.get(i.constructor);if(l===void 0)throw new TypeError(`Unsupported type for tensor data: ${i.constructor}.`);n=l,o=i}if(a===void 0)a=[o.length];else if(!Array.isArray(a))throw new TypeError("A tensor's dims must be a number array");s=a,this.cpuData=o,this.dataLocation="cpu"}let r=Qg(s);if(this.cpuData&&r!==this.cpuData.length&&!((n==="uint4"||n==="int4")&&Math.ceil(r/2)===this.cpuData.length))throw new Error(`Tensor's size(${r}) does not match data length(${this.cpuData.length}).`);this.type=n,this.dims=s,this.size=r}static async fromImage(i,t){return qg(i,t)}static fromTexture(i,t){return Yg(i,t)}static fromGpuBuffer(i,t){return Zg(i,t)}static fromMLTensor(i,t){return Jg(i,t)}static fromPinnedBuffer(i,t,e){return Kg(i,t,e)}toDataURL(i){return Xg(this,i)}toImageData(i){return $g(this,i)}get data(){if(this.ensureValid(),!this.cpuData)throw new Error("The data is not on CPU. Use `getData()` to download GPU data to CPU, or use `texture` or `gpuBuffer` property to access the GPU data directly.");return this.cpuData}get location(){return this.dataLocation}get texture(){if(this.ensureValid(),!this.gpuTextureData)throw new Error("The data is not stored as a WebGL texture.");return this.gpuTextureData}get gpuBuffer(){if(this.ensureValid(),!this.gpuBufferData)throw new Error("The data is not stored as a WebGPU buffer.");return this.gpuBufferData}get mlTensor(){if(this.ensureValid(),!this.mlTensorData)throw new Error("The data is not stored as a WebNN MLTensor.");return this.mlTensorData}async getData(i){switch(this.ensureValid(),this.dataLocation){case"cpu":case"cpu-pinned":return this.data;case"texture":case"gpu-buffer":case"ml-tensor":{if(!this.downloader)throw new Error("The current tensor is not created with a specified data downloader.");if(this.isDownloading)throw new Error("The current tensor is being downloaded.");try{this.isDownloading=!0;let t=await this.downloader();return this.downloader=void 0,this.dataLocation="cpu",this.cpuData=t,i&&this.disposer&&(this.disposer(),this.disposer=void 0),t}finally{this.isDownloading=!1}}default:throw new Error(`cannot get data from location: ${this.dataLocation}`)}}dispose(){if(this.isDownloading)throw new Error("The current tensor is being downloaded.");this.disposer&&(this.disposer(),this.disposer=void 0),this.cpuData=void 0,this.gpuTextureData=void 0,this.gpuBufferData=void 0,this.mlTensorData=void 0,this.downloader=void 0,this.isDownloading=void 0,this.dataLocation="none"}ensureValid(){if(this.dataLocation==="none")throw new Error("The tensor is disposed.")}reshape(i){if(this.ensureValid(),this.downloader||this.disposer)throw new Error("Cannot reshape a tensor that owns GPU resource.");return t0(this,i)}}}),Jn,e0=ae(()=>{"use strict";Rf(),Jn=An}),n0,lM=ae(()=>{"use strict";Ef(),Vg(),e0(),Af(),n0=class i0{constructor(t,e){this.handler=t,this.backend=e}async run(t,e,n){Ci(),Is("InferenceSession.run");let s={},r={};if(typeof t!="object"||t===null||t instanceof Jn||Array.isArray(t))throw new TypeError("'feeds' must be an object that use input names as keys and OnnxValue as corresponding values.");let o=!0;if(typeof e=="object"){if(e===null)throw new TypeError("Unexpected argument[1]: cannot be null.");if(e instanceof Jn)throw new TypeError("'fetches' cannot be a Tensor");if(Array.isArray(e)){if(e.length===0)throw new TypeError("'fetches' cannot be an empty array.");o=!1;for(let h of e){if(typeof h!="string")throw new TypeError("'fetches' must be a string array or an object.");if(this.outputNames.indexOf(h)===-1)throw new RangeError(`'fetches' contains invalid output name: ${h}.`);s[h]=null}if(typeof n=="object"&&n!==null)r=n;else if(typeof n<"u")throw new TypeError("'options' must be an object.")}else{let h=!1,u=Object.getOwnPropertyNames(e);for(let f of this.outputNames)if(u.indexOf(f)!==-1){let d=e[f];(d===null||d instanceof Jn)&&(h=!0,o=!1,s[f]=d)}if(h){if(typeof n=="object"&&n!==null)r=n;else if(typeof n<"u")throw new TypeError("'options' must be an object.")}else r=e}}else if(typeof e<"u")throw new TypeError("Unexpected argument[1]: must be 'fetches' or 'options'.");for(let h of this.inputNames)if(typeof t[h]>"u")throw new Error(`input '${h}' is missing in 'feeds'.`);if(o)for(let h of this.outputNames)s[h]=null;let a;if(r.activeLoraAdapters!==void 0){if(!Array.isArray(r.activeLoraAdapters))throw new TypeError("'activeLoraAdapters' must be an array.");a=r.activeLoraAdapters.map(h=>{if(!(h instanceof Tf))throw new TypeError("'activeLoraAdapters' must be an array of LoraAdapter objects.");if(h.backend!==this.backend)throw new Error("LoRA adapter was created by a different backend than the session.");return h.handler})}let l=await this.handler.run(t,s,r,a),c={};for(let h in l)if(Object.hasOwnProperty.call(l,h)){let u=l[h];u instanceof Jn?c[h]=u:c[h]=new Jn(u.type,u.data,u.dims)}return Ps("InferenceSession.run"),Ii(),c}async release(){return this.handler.dispose()}static async create(t,e,n,s){Ci(),Is("InferenceSession.create");let r,o={};if(typeof t=="string"){if(r=t,typeof e=="object"&&e!==null)o=e;else if(typeof e<"u")throw new TypeError("'options' must be an object.")}else if(t instanceof Uint8Array){if(r=t,typeof e=="object"&&e!==null)o=e;else if(typeof e<"u")throw new TypeError("'options' must be an object.")}else if(t instanceof ArrayBuffer||typeof SharedArrayBuffer<"u"&&t instanceof SharedArrayBuffer){let h=t,u=0,f=t.byteLength;if(typeof e=="object"&&e!==null)o=e;else if(typeof e=="number"){if(u=e,!Number.isSafeInteger(u))throw new RangeError("'byteOffset' must be an integer.");if(u<0||u>=h.byteLength)throw new RangeError(`'byteOffset' is out of range [0, ${h.byteLength}).`);if(f=t.byteLength-u,typeof n=="number"){if(f=n,!Number.isSafeInteger(f))throw new RangeError("'byteLength' must be an integer.");if(f<=0||u+f>h.byteLength)throw new RangeError(`'byteLength' is out of range (0, ${h.byteLength-u}].`);if(typeof s=="object"&&s!==null)o=s;else if(typeof s<"u")throw new TypeError("'options' must be an object.")}else if(typeof n<"u")throw new TypeError("'byteLength' must be a number.")}else if(typeof e<"u")throw new TypeError("'options' must be an object.");r=new Uint8Array(h,u,f)}else throw new TypeError("Unexpected argument[0]: must be 'path' or 'buffer'.");let[a,l]=await kg(o),c=await a.createInferenceSessionHandler(r,l);return Ps("InferenceSession.create"),Ii(),new i0(c,a)}startProfiling(){this.handler.startProfiling()}endProfiling(){this.handler.endProfiling()}get inputNames(){return this.handler.inputNames}get outputNames(){return this.handler.outputNames}get inputMetadata(){return this.handler.inputMetadata}get outputMetadata(){return this.handler.outputMetadata}}}),Cf,cM=ae(()=>{"use strict";lM(),Cf=n0}),If,hM=ae(()=>{"use strict";Vg(),If=Tf}),uM=ae(()=>{"use strict"}),fM=ae(()=>{"use strict"}),dM=ae(()=>{"use strict"}),pM=ae(()=>{"use strict"}),s0={};Vc(s0,{InferenceSession:()=>Cf,LoraAdapter:()=>If,TRACE:()=>zc,TRACE_EVENT_BEGIN:()=>Is,TRACE_EVENT_END:()=>Ps,TRACE_FUNC_BEGIN:()=>Ci,TRACE_FUNC_END:()=>Ii,Tensor:()=>Jn,env:()=>Se,registerBackend:()=>No});var ns=ae(()=>{"use strict";eM(),iM(),cM(),hM(),e0(),uM(),fM(),Af(),dM(),pM()}),Pf=ae(()=>{"use strict"}),r0={};Vc(r0,{default:()=>o0});var lf,cf,o0,mM=ae(()=>{"use strict";v0(),Er(),Lf(),lf="ort-wasm-proxy-worker",cf=globalThis.self?.name===lf,cf&&(self.onmessage=i=>{let{type:t,in:e}=i.data;try{switch(t){case"init-wasm":Uf(e.wasm).then(()=>{Bf(e).then(()=>{postMessage({type:t})},n=>{postMessage({type:t,err:n})})},n=>{postMessage({type:t,err:n})});break;case"init-ep":{let{epName:n,env:s}=e;kf(s,n).then(()=>{postMessage({type:t})},r=>{postMessage({type:t,err:r})});break}case"copy-from":{let{buffer:n}=e,s=Hc(n);postMessage({type:t,out:s});break}case"create":{let{model:n,options:s}=e;zf(n,s).then(r=>{postMessage({type:t,out:r})},r=>{postMessage({type:t,err:r})});break}case"release":Gf(e),postMessage({type:t});break;case"run":{let{sessionId:n,inputIndices:s,inputs:r,outputIndices:o,options:a}=e;Hf(n,s,r,o,new Array(o.length).fill(null),a).then(l=>{l.some(c=>c[3]!=="cpu")?postMessage({type:t,err:"Proxy does not support non-cpu tensor location."}):postMessage({type:t,out:l},Wf([...r,...l]))},l=>{postMessage({type:t,err:l})});break}case"end-profiling":Vf(e),postMessage({type:t});break;default:}}catch(n){postMessage({type:t,err:n})}}),o0=cf?null:i=>new Worker(i??En,{type:"module",name:lf})}),a0={};Vc(a0,{default:()=>l0});async function wg(i={}){var t=i,e=!!globalThis.window,n=!!globalThis.WorkerGlobalScope,s=n&&self.name?.startsWith("em-pthread");t.mountExternalData=(m,w)=>{m.startsWith("./")&&(m=m.substring(2)),(t.$b||(t.$b=new Map)).set(m,w)},t.unmountExternalData=()=>{delete t.$b,delete t.uc,delete t.tc,delete t.vc},globalThis.SharedArrayBuffer??new WebAssembly.Memory({initial:0,maximum:0,shared:!0}).buffer.constructor;var r,o,a=(m,w)=>{throw w},l=Zn.url,c="";if(e||n){try{c=new URL(".",l).href}catch{}n&&(o=m=>{var w=new XMLHttpRequest;return w.open("GET",m,!1),w.responseType="arraybuffer",w.send(null),new Uint8Array(w.response)}),r=async m=>{if(R(m))return new Promise((P,I)=>{var O=new XMLHttpRequest;O.open("GET",m,!0),O.responseType="arraybuffer",O.onload=()=>{O.status==200||O.status==0&&O.response?P(O.response):I(O.status)},O.onerror=I,O.send(null)});var w=await fetch(m,{credentials:"same-origin"});if(w.ok)return w.arrayBuffer();throw Error(w.status+" : "+w.url)}}var h,u,f,d,g,E,x=console.log.bind(console),p=console.error.bind(console),M=x,A=p,b=!1,R=m=>m.startsWith("file://");function _(){De.buffer!=k.buffer&&K()}if(s){let m=function(w){try{var P=w.data,I=P.Yb;if(I==="load"){let O=[];self.onmessage=Y=>O.push(Y),E=()=>{postMessage({Yb:"loaded"});for(let Y of O)m(Y);self.onmessage=m};for(let Y of P.ic)t[Y]&&!t[Y].proxy||(t[Y]=(...ft)=>{postMessage({Yb:"callHandler",hc:Y,args:ft})},Y=="print"&&(M=t[Y]),Y=="printErr"&&(A=t[Y]));De=P.nc,K(),u=P.oc,Pt(),qo()}else if(I==="run"){(function(O){var Y=(_(),q)[O+52>>>2>>>0];O=(_(),q)[O+56>>>2>>>0],dd(Y,Y-O),Zt(Y)})(P.Xb),nh(P.Xb,0,0,1,0,0),Ue(),Fs(P.Xb),T||=!0;try{Ee(P.lc,P.bc)}catch(O){if(O!="unwind")throw O}}else P.target!=="setimmediate"&&(I==="checkMailbox"?T&&ci():I&&(A(`worker: received unknown command ${I}`),A(P)))}catch(O){throw ld(),O}};var y=m,T=!1;self.onunhandledrejection=w=>{throw w.reason||w},self.onmessage=m}var k,D,z,F,q,L,$,J,G,ot=!1;function K(){var m=De.buffer;t.HEAP8=k=new Int8Array(m),z=new Int16Array(m),t.HEAPU8=D=new Uint8Array(m),new Uint16Array(m),t.HEAP32=F=new Int32Array(m),t.HEAPU32=q=new Uint32Array(m),L=new Float32Array(m),$=new Float64Array(m),J=new BigInt64Array(m),new BigUint64Array(m)}function it(){ot=!0,s?E():Pi.Wa()}function rt(m){throw A(m="Aborted("+m+")"),b=!0,m=new WebAssembly.RuntimeError(m+". Build with -sASSERTIONS for more info."),g?.(m),m}function wt(){return{a:{V:ix,f:Ne,v:Ht,e:st,k:mt,g:_t,L:tt,b:et,G:xt,ua:nt,j,N:Lt,La:Yt,qa:ct,sa:Nt,Ma:$t,Ja:Mt,Ca:pe,Ia:Fe,$:On,ra:Ar,oa:Ns,Ka:Bo,pa:Tr,Ra:ko,Fa:li,ma:Go,va:rs,ja:th,X:Ho,Ea:Fs,Oa:Vo,za:eh,Aa:S,Ba:N,xa:Z,ya:V,ka:Tt,Ta:bt,Qa:se,M:re,Y:Le,Pa:It,F:be,Na:ve,na:Xe,u:vt,H:Ct,T:_n,la:hi,da:Bs,Va:ue,Ga:Be,Ha:Rn,ta:Kt,I:Cr,wa:nd,_:id,Da:sd,Z:rd,aa:Gx,O:Fx,ba:zx,P:Nx,w:bx,d:ax,m:rx,n:sx,q:yx,ca:Lx,E:Px,o:ux,Q:Ux,C:Ox,J:Ix,ea:Cx,W:cx,z:_x,ga:Ax,R:Rx,ha:Ex,y:Sx,D:Dx,c:ox,r:hx,i:lx,Ua:Hx,l:dx,p:px,s:fx,t:mx,x:vx,S:Mx,A:Bx,K:wx,B:kx,ia:xx,U:gx,fa:Tx,h:ex,a:De,Sa:Bt}}}async function Pt(){function m(I,O){return Pi=I.exports,Pi=(function(){var Y=Pi,ft=qt=>()=>qt()>>>0,Ft=qt=>le=>qt(le)>>>0;return(Y=Object.assign({},Y)).Bb=ft(Y.Bb),Y.Db=Ft(Y.Db),Y.Rb=Ft(Y.Rb),Y.Sb=ft(Y.Sb),Y.Wb=Ft(Y.Wb),Y})(),Ze.push(Pi.Eb),I=Pi,t._OrtInit=I.Xa,t._OrtGetLastError=I.Ya,t._OrtCreateSessionOptions=I.Za,t._OrtAppendExecutionProvider=I._a,t._OrtGetEpDevices=I.$a,t._OrtEpDevice_EpName=I.ab,t._OrtAppendExecutionProviderV2=I.bb,t._OrtAddFreeDimensionOverride=I.cb,t._OrtAddSessionConfigEntry=I.db,t._OrtReleaseSessionOptions=I.eb,t._OrtCreateSession=I.fb,t._OrtReleaseSession=I.gb,t._OrtGetInputOutputCount=I.hb,t._OrtGetInputOutputMetadata=I.ib,t._OrtFree=I.jb,t._OrtCreateTensor=I.kb,t._OrtGetTensorData=I.lb,t._OrtReleaseTensor=I.mb,t._OrtCreateLoraAdapter=I.nb,t._OrtReleaseLoraAdapter=I.ob,t._OrtCreateRunOptions=I.pb,t._OrtAddRunConfigEntry=I.qb,t._OrtRunOptionsAddActiveLoraAdapter=I.rb,t._OrtReleaseRunOptions=I.sb,t._OrtCreateBinding=I.tb,t._OrtBindInput=I.ub,t._OrtBindOutput=I.vb,t._OrtClearBoundOutputs=I.wb,t._OrtReleaseBinding=I.xb,t._OrtRunWithBinding=I.yb,t._OrtRun=I.zb,t._OrtEndProfiling=I.Ab,$o=I.Bb,od=t._free=I.Cb,ad=t._malloc=I.Db,nh=I.Gb,ld=I.Hb,cd=I.Ib,hd=I.Jb,ih=I.Kb,ud=I.Lb,fd=I.Mb,Qt=I.Nb,Ir=I.Ob,dd=I.Pb,Zt=I.Qb,sh=I.Rb,jt=I.Sb,pd=I.Tb,rh=I.Ub,md=I.Vb,gd=I.Wb,xd=I.Fb,u=O,Pi}var w,P=wt();return t.instantiateWasm?new Promise(I=>{t.instantiateWasm(P,(O,Y)=>{I(m(O,Y))})}):s?m(new WebAssembly.Instance(u,wt()),u):(G??=t.locateFile?t.locateFile?t.locateFile("ort-wasm-simd-threaded.wasm",c):c+"ort-wasm-simd-threaded.wasm":new URL("ort-wasm-simd-threaded.wasm",Zn.url).href,w=await(async function(I){var O=G;if(!h&&!R(O))try{var Y=fetch(O,{credentials:"same-origin"});return await WebAssembly.instantiateStreaming(Y,I)}catch(ft){A(`wasm streaming compile failed: ${ft}`),A("falling back to ArrayBuffer instantiation")}return(async function(ft,Ft){try{var qt=await(async function(le){if(!h)try{var Je=await r(le);return new Uint8Array(Je)}catch{}if(le==G&&h)le=new Uint8Array(h);else{if(!o)throw"both async and sync fetching of the wasm failed";le=o(le)}return le})(ft);return await WebAssembly.instantiate(qt,Ft)}catch(le){A(`failed to asynchronously prepare wasm: ${le}`),rt(le)}})(O,I)})(P),m(w.instance,w.module))}class Q{name="ExitStatus";constructor(w){this.message=`Program terminated with exit(${w})`,this.status=w}}var St=m=>{m.terminate(),m.onmessage=()=>{}},At=[],Ut=0,dt=null,Ot=m=>{Me.length==0&&(ln(),an(Me[0]));var w=Me.pop();if(!w)return 6;Te.push(w),me[m.Xb]=w,w.Xb=m.Xb;var P={Yb:"run",lc:m.kc,bc:m.bc,Xb:m.Xb};return w.postMessage(P,m.fc),0},fe=0,lt=(m,w,...P)=>{var I,O=16*P.length,Y=jt(),ft=sh(O),Ft=ft>>>3;for(I of P)typeof I=="bigint"?((_(),J)[Ft++>>>0]=1n,(_(),J)[Ft++>>>0]=I):((_(),J)[Ft++>>>0]=0n,(_(),$)[Ft++>>>0]=I);return m=cd(m,0,O,ft,w),Zt(Y),m};function Bt(m){if(s)return lt(0,1,m);if(f=m,!(0<fe)){for(var w of Te)St(w);for(w of Me)St(w);Me=[],Te=[],me={},b=!0}a(0,new Q(m))}function ee(m){if(s)return lt(1,0,m);Kt(m)}var Kt=m=>{if(f=m,s)throw ee(m),"unwind";Bt(m)},Me=[],Te=[],Ze=[],me={},yn=m=>{var w=m.Xb;delete me[w],Me.push(m),Te.splice(Te.indexOf(m),1),m.Xb=0,hd(w)};function Ue(){Ze.forEach(m=>m())}var an=m=>new Promise(w=>{m.onmessage=O=>{var Y=O.data;if(O=Y.Yb,Y.ac&&Y.ac!=$o()){var ft=me[Y.ac];ft?ft.postMessage(Y,Y.fc):A(`Internal error! Worker sent a message "${O}" to target pthread ${Y.ac}, but that thread no longer exists!`)}else O==="checkMailbox"?ci():O==="spawnThread"?Ot(Y):O==="cleanupThread"?ss(()=>{yn(me[Y.mc])}):O==="loaded"?(m.loaded=!0,w(m)):Y.target==="setimmediate"?m.postMessage(Y):O==="uncaughtException"?m.onerror(Y.error):O==="callHandler"?t[Y.hc](...Y.args):O&&A(`worker sent an unknown command ${O}`)},m.onerror=O=>{throw A(`worker sent an error! ${O.filename}:${O.lineno}: ${O.message}`),O};var P,I=[];for(P of[])t.propertyIsEnumerable(P)&&I.push(P);m.postMessage({Yb:"load",ic:I,nc:De,oc:u})});function ln(){var m=new Worker((()=>{let w=URL;return Zn.url>"file:"&&Zn.url<"file;"?new w("ort.wasm.bundle.min.mjs",Zn.url):new URL(Zn.url)})(),{type:"module",workerData:"em-pthread",name:"em-pthread"});Me.push(m)}var De,B=[],zt=m=>{var w=B[m];return w||(B[m]=w=xd.get(m)),w},Ee=(m,w)=>{fe=0,m=zt(m)(w),0<fe?f=m:ih(m)},_e=[],yt=0;function Ne(m){var w=new W(m>>>=0);return(_(),k)[w.Zb+12>>>0]==0&&(C(w,!0),yt--),v(w,!1),_e.push(w),gd(m)}var Dt=0,Ht=()=>{Qt(0,0);var m=_e.pop();pd(m.cc),Dt=0};function C(m,w){w=w?1:0,(_(),k)[m.Zb+12>>>0]=w}function v(m,w){w=w?1:0,(_(),k)[m.Zb+13>>>0]=w}class W{constructor(w){this.cc=w,this.Zb=w-24}}var at=m=>{var w=Dt;if(!w)return Ir(0),0;var P=new W(w);(_(),q)[P.Zb+16>>>2>>>0]=w;var I=(_(),q)[P.Zb+4>>>2>>>0];if(!I)return Ir(0),w;for(var O of m){if(O===0||O===I)break;if(md(O,I,P.Zb+16))return Ir(O),w}return Ir(I),w};function st(){return at([])}function mt(m){return at([m>>>0])}function _t(m,w,P,I){return at([m>>>0,w>>>0,P>>>0,I>>>0])}var tt=()=>{var m=_e.pop();m||rt("no exception to throw");var w=m.cc;throw(_(),k)[m.Zb+13>>>0]==0&&(_e.push(m),v(m,!0),C(m,!1),yt++),rh(w),Dt=w};function et(m,w,P){var I=new W(m>>>=0);throw w>>>=0,P>>>=0,(_(),q)[I.Zb+16>>>2>>>0]=0,(_(),q)[I.Zb+4>>>2>>>0]=w,(_(),q)[I.Zb+8>>>2>>>0]=P,rh(m),yt++,Dt=m}var xt=()=>yt;function U(m,w,P,I){return s?lt(2,1,m,w,P,I):nt(m,w,P,I)}function nt(m,w,P,I){if(m>>>=0,w>>>=0,P>>>=0,I>>>=0,!globalThis.SharedArrayBuffer)return 6;var O=[];return s&&O.length===0?U(m,w,P,I):(m={kc:P,Xb:m,bc:I,fc:O},s?(m.Yb="spawnThread",postMessage(m,O),0):Ot(m))}function j(m){throw Dt||=m>>>0,Dt}var gt=globalThis.TextDecoder&&new TextDecoder,ht=(m,w=0,P,I)=>{var O=w>>>=0;if(P=O+P,I)I=P;else{for(;m[O]&&!(O>=P);)++O;I=O}if(16<I-w&&m.buffer&&gt)return gt.decode(m.buffer instanceof ArrayBuffer?m.subarray(w,I):m.slice(w,I));for(O="";w<I;)if(128&(P=m[w++])){var Y=63&m[w++];if((224&P)==192)O+=String.fromCharCode((31&P)<<6|Y);else{var ft=63&m[w++];65536>(P=(240&P)==224?(15&P)<<12|Y<<6|ft:(7&P)<<18|Y<<12|ft<<6|63&m[w++])?O+=String.fromCharCode(P):(P-=65536,O+=String.fromCharCode(55296|P>>10,56320|1023&P))}}else O+=String.fromCharCode(P);return O},pt=(m,w,P)=>(m>>>=0)?ht((_(),D),m,w,P):"";function Lt(m,w,P){return s?lt(3,1,m,w,P):0}function Yt(m,w){if(s)return lt(4,1,m,w)}function ct(m,w){if(s)return lt(5,1,m,w)}function Nt(m,w,P){if(s)return lt(6,1,m,w,P)}function $t(m,w,P){return s?lt(7,1,m,w,P):0}function Mt(m,w){if(s)return lt(8,1,m,w)}function pe(m,w,P){if(s)return lt(9,1,m,w,P)}function Fe(m,w,P,I){if(s)return lt(10,1,m,w,P,I)}function On(m,w,P,I){if(s)return lt(11,1,m,w,P,I)}function Ar(m,w,P,I){if(s)return lt(12,1,m,w,P,I)}function Ns(m){if(s)return lt(13,1,m)}function Bo(m,w){if(s)return lt(14,1,m,w)}function Tr(m,w,P){if(s)return lt(15,1,m,w,P)}var ko=()=>rt("");function li(m){nh(m>>>0,!n,1,!e,131072,!1),Ue()}var ss=m=>{if(!b)try{if(m(),!(0<fe))try{s?$o()&&ih(f):Kt(f)}catch(w){w instanceof Q||w=="unwind"||a(0,w)}}catch(w){w instanceof Q||w=="unwind"||a(0,w)}},zo=!Atomics.waitAsync||globalThis.navigator?.userAgent&&91>Number((navigator.userAgent.match(/Chrom(e|ium)\/([0-9]+)\./)||[])[2]);function Fs(m){m>>>=0,zo||(Atomics.waitAsync((_(),F),m>>>2,m).value.then(ci),m+=128,Atomics.store((_(),F),m>>>2,1))}var ci=()=>ss(()=>{var m=$o();m&&(Fs(m),fd())});function Go(m,w){(m>>>=0)==w>>>0?setTimeout(ci):s?postMessage({ac:m,Yb:"checkMailbox"}):(m=me[m])&&m.postMessage({Yb:"checkMailbox"})}var Os=[];function rs(m,w,P,I,O){for(w>>>=0,O>>>=0,Os.length=0,P=O>>>3,I=O+I>>>3;P<I;){var Y;Y=(_(),J)[P++>>>0]?(_(),J)[P++>>>0]:(_(),$)[P++>>>0],Os.push(Y)}return(w?yd[w]:nx[m])(...Os)}var th=()=>{fe=0};function Ho(m){m>>>=0,s?postMessage({Yb:"cleanupThread",mc:m}):yn(me[m])}function Vo(m){}function eh(m,w){m=-9007199254740992>m||9007199254740992<m?NaN:Number(m),w>>>=0,m=new Date(1e3*m),(_(),F)[w>>>2>>>0]=m.getUTCSeconds(),(_(),F)[w+4>>>2>>>0]=m.getUTCMinutes(),(_(),F)[w+8>>>2>>>0]=m.getUTCHours(),(_(),F)[w+12>>>2>>>0]=m.getUTCDate(),(_(),F)[w+16>>>2>>>0]=m.getUTCMonth(),(_(),F)[w+20>>>2>>>0]=m.getUTCFullYear()-1900,(_(),F)[w+24>>>2>>>0]=m.getUTCDay(),m=(m.getTime()-Date.UTC(m.getUTCFullYear(),0,1,0,0,0,0))/864e5|0,(_(),F)[w+28>>>2>>>0]=m}var Wo=m=>m%4==0&&(m%100!=0||m%400==0),Xo=[0,31,60,91,121,152,182,213,244,274,305,335],Rr=[0,31,59,90,120,151,181,212,243,273,304,334];function S(m,w){m=-9007199254740992>m||9007199254740992<m?NaN:Number(m),w>>>=0,m=new Date(1e3*m),(_(),F)[w>>>2>>>0]=m.getSeconds(),(_(),F)[w+4>>>2>>>0]=m.getMinutes(),(_(),F)[w+8>>>2>>>0]=m.getHours(),(_(),F)[w+12>>>2>>>0]=m.getDate(),(_(),F)[w+16>>>2>>>0]=m.getMonth(),(_(),F)[w+20>>>2>>>0]=m.getFullYear()-1900,(_(),F)[w+24>>>2>>>0]=m.getDay();var P=(Wo(m.getFullYear())?Xo:Rr)[m.getMonth()]+m.getDate()-1|0;(_(),F)[w+28>>>2>>>0]=P,(_(),F)[w+36>>>2>>>0]=-60*m.getTimezoneOffset(),P=new Date(m.getFullYear(),6,1).getTimezoneOffset();var I=new Date(m.getFullYear(),0,1).getTimezoneOffset();m=0|(P!=I&&m.getTimezoneOffset()==Math.min(I,P)),(_(),F)[w+32>>>2>>>0]=m}function N(m){m>>>=0;var w=new Date((_(),F)[m+20>>>2>>>0]+1900,(_(),F)[m+16>>>2>>>0],(_(),F)[m+12>>>2>>>0],(_(),F)[m+8>>>2>>>0],(_(),F)[m+4>>>2>>>0],(_(),F)[m>>>2>>>0],0),P=(_(),F)[m+32>>>2>>>0],I=w.getTimezoneOffset(),O=new Date(w.getFullYear(),6,1).getTimezoneOffset(),Y=new Date(w.getFullYear(),0,1).getTimezoneOffset(),ft=Math.min(Y,O);return 0>P?(_(),F)[m+32>>>2>>>0]=+(O!=Y&&ft==I):0<P!=(ft==I)&&(O=Math.max(Y,O),w.setTime(w.getTime()+6e4*((0<P?ft:O)-I))),(_(),F)[m+24>>>2>>>0]=w.getDay(),P=(Wo(w.getFullYear())?Xo:Rr)[w.getMonth()]+w.getDate()-1|0,(_(),F)[m+28>>>2>>>0]=P,(_(),F)[m>>>2>>>0]=w.getSeconds(),(_(),F)[m+4>>>2>>>0]=w.getMinutes(),(_(),F)[m+8>>>2>>>0]=w.getHours(),(_(),F)[m+12>>>2>>>0]=w.getDate(),(_(),F)[m+16>>>2>>>0]=w.getMonth(),(_(),F)[m+20>>>2>>>0]=w.getYear(),m=w.getTime(),BigInt(isNaN(m)?-1:m/1e3)}function Z(m,w,P,I,O,Y,ft){return s?lt(16,1,m,w,P,I,O,Y,ft):-52}function V(m,w,P,I,O,Y){if(s)return lt(17,1,m,w,P,I,O,Y)}var X={},vt=()=>performance.timeOrigin+performance.now();function Tt(m,w){if(s)return lt(18,1,m,w);if(X[m]&&(clearTimeout(X[m].id),delete X[m]),!w)return 0;var P=setTimeout(()=>{delete X[m],ss(()=>ud(m,performance.timeOrigin+performance.now()))},w);return X[m]={id:P,wc:w},0}var ut=(m,w,P)=>{var I=(_(),D);if(w>>>=0,0<P){var O=w;P=w+P-1;for(var Y=0;Y<m.length;++Y){var ft=m.codePointAt(Y);if(127>=ft){if(w>=P)break;I[w++>>>0]=ft}else if(2047>=ft){if(w+1>=P)break;I[w++>>>0]=192|ft>>6,I[w++>>>0]=128|63&ft}else if(65535>=ft){if(w+2>=P)break;I[w++>>>0]=224|ft>>12,I[w++>>>0]=128|ft>>6&63,I[w++>>>0]=128|63&ft}else{if(w+3>=P)break;I[w++>>>0]=240|ft>>18,I[w++>>>0]=128|ft>>12&63,I[w++>>>0]=128|ft>>6&63,I[w++>>>0]=128|63&ft,Y++}}I[w>>>0]=0,m=w-O}else m=0;return m};function bt(m,w,P,I){m>>>=0,w>>>=0,P>>>=0,I>>>=0;var O=new Date().getFullYear(),Y=new Date(O,0,1).getTimezoneOffset();O=new Date(O,6,1).getTimezoneOffset();var ft=Math.max(Y,O);(_(),q)[m>>>2>>>0]=60*ft,(_(),F)[w>>>2>>>0]=+(Y!=O),m=(w=Ft=>{var qt=Math.abs(Ft);return`UTC${0<=Ft?"-":"+"}${String(Math.floor(qt/60)).padStart(2,"0")}${String(qt%60).padStart(2,"0")}`})(Y),w=w(O),O<Y?(ut(m,P,17),ut(w,I,17)):(ut(m,I,17),ut(w,P,17))}var It=()=>Date.now(),Wt=1;function se(m,w,P){if(P>>>=0,!(0<=m&&3>=m))return 28;if(m===0)m=Date.now();else{if(!Wt)return 52;m=performance.timeOrigin+performance.now()}return m=Math.round(1e6*m),(_(),J)[P>>>3>>>0]=BigInt(m),0}var Rt=[];function re(m,w,P){m>>>=0,w>>>=0,P>>>=0,Rt.length=0;for(var I;I=(_(),D)[w++>>>0];){var O=I!=105;P+=(O&=I!=112)&&P%8?4:0,Rt.push(I==112?(_(),q)[P>>>2>>>0]:I==106?(_(),J)[P>>>3>>>0]:I==105?(_(),F)[P>>>2>>>0]:(_(),$)[P>>>3>>>0]),P+=O?8:4}return yd[m](...Rt)}var Le=()=>{};function be(m,w){return A(pt(m>>>0,w>>>0))}var ve=()=>{throw fe+=1,"unwind"};function Xe(){return 4294901760}var Ct=()=>navigator.hardwareConcurrency,Pe={},he=m=>{for(var w=0,P=0;P<m.length;++P){var I=m.charCodeAt(P);127>=I?w++:2047>=I?w+=2:55296<=I&&57343>=I?(w+=4,++P):w+=3}return w},Tn=m=>{var w;return(w=/\bwasm-function\[\d+\]:(0x[0-9a-f]+)/.exec(m))?+w[1]:(w=/:(\d+):\d+(?:\)|$)/.exec(m))?2147483648|+w[1]:0},Ge=m=>{for(var w of m)(m=Tn(w))&&(Pe[m]=w)};function Bs(){var m=Error().stack.toString().split(`
`);return m[0]=="Error"&&m.shift(),Ge(m),Pe.dc=Tn(m[3]),Pe.jc=m,Pe.dc}function _n(m){if(!(m=Pe[m>>>0]))return 0;var w;if(w=/^\s+at .*\.wasm\.(.*) \(.*\)$/.exec(m))m=w[1];else if(w=/^\s+at (.*) \(.*\)$/.exec(m))m=w[1];else{if(!(w=/^(.+?)@/.exec(m)))return 0;m=w[1]}od(_n.ec??0),w=he(m)+1;var P=ad(w);return P&&ut(m,P,w),_n.ec=P,_n.ec}function hi(m){m>>>=0;var w=(_(),D).length;if(m<=w||4294901760<m)return!1;for(var P=1;4>=P;P*=2){var I=w*(1+.2/P);I=Math.min(I,m+100663296);t:{I=(Math.min(4294901760,65536*Math.ceil(Math.max(m,I)/65536))-De.buffer.byteLength+65535)/65536|0;try{De.grow(I),K();var O=1;break t}catch{}O=void 0}if(O)return!0}return!1}function ue(m,w,P){if(m>>>=0,w>>>=0,Pe.dc==m)var I=Pe.jc;else(I=Error().stack.toString().split(`
`))[0]=="Error"&&I.shift(),Ge(I);for(var O=3;I[O]&&Tn(I[O])!=m;)++O;for(m=0;m<P&&I[m+O];++m)(_(),F)[w+4*m>>>2>>>0]=Tn(I[m+O]);return m}var Oe,cn={},Ae=()=>{if(!Oe){var m,w={USER:"web_user",LOGNAME:"web_user",PATH:"/",PWD:"/",HOME:"/home/web_user",LANG:(globalThis.navigator?.language??"C").replace("-","_")+".UTF-8",_:"./this.program"};for(m in cn)cn[m]===void 0?delete w[m]:w[m]=cn[m];var P=[];for(m in w)P.push(`${m}=${w[m]}`);Oe=P}return Oe};function Be(m,w){if(s)return lt(19,1,m,w);m>>>=0,w>>>=0;var P,I=0,O=0;for(P of Ae()){var Y=w+I;(_(),q)[m+O>>>2>>>0]=Y,I+=ut(P,Y,1/0)+1,O+=4}return 0}function Rn(m,w){if(s)return lt(20,1,m,w);m>>>=0,w>>>=0;var P=Ae();for(var I of((_(),q)[m>>>2>>>0]=P.length,m=0,P))m+=he(I)+1;return(_(),q)[w>>>2>>>0]=m,0}function Cr(m){return s?lt(21,1,m):52}function nd(m,w,P,I,O){return s?lt(22,1,m,w,P,I,O):52}function id(m,w,P,I){return s?lt(23,1,m,w,P,I):52}function sd(m,w,P,I){return s?lt(24,1,m,w,P,I):70}var tx=[null,[],[]];function rd(m,w,P,I){if(s)return lt(25,1,m,w,P,I);w>>>=0,P>>>=0,I>>>=0;for(var O=0,Y=0;Y<P;Y++){var ft=(_(),q)[w>>>2>>>0],Ft=(_(),q)[w+4>>>2>>>0];w+=8;for(var qt=0;qt<Ft;qt++){var le=m,Je=(_(),D)[ft+qt>>>0],Bn=tx[le];Je===0||Je===10?((le===1?M:A)(ht(Bn)),Bn.length=0):Bn.push(Je)}O+=Ft}return(_(),q)[I>>>2>>>0]=O,0}function ex(m){return m>>>0}s||(function(){for(var m=t.numThreads-1;m--;)ln();At.push(async()=>{var w=(async function(){if(!s)return Promise.all(Me.map(an))})();Ut++,await w,--Ut==0&&dt&&(w=dt,dt=null,w())})})(),s||(De=new WebAssembly.Memory({initial:256,maximum:65536,shared:!0}),K()),t.wasmBinary&&(h=t.wasmBinary),t.stackSave=()=>jt(),t.stackRestore=m=>Zt(m),t.stackAlloc=m=>sh(m),t.setValue=function(m,w,P="i8"){switch(P.endsWith("*")&&(P="*"),P){case"i1":case"i8":(_(),k)[m>>>0]=w;break;case"i16":(_(),z)[m>>>1>>>0]=w;break;case"i32":(_(),F)[m>>>2>>>0]=w;break;case"i64":(_(),J)[m>>>3>>>0]=BigInt(w);break;case"float":(_(),L)[m>>>2>>>0]=w;break;case"double":(_(),$)[m>>>3>>>0]=w;break;case"*":(_(),q)[m>>>2>>>0]=w;break;default:rt(`invalid type for setValue: ${P}`)}},t.getValue=function(m,w="i8"){switch(w.endsWith("*")&&(w="*"),w){case"i1":case"i8":return(_(),k)[m>>>0];case"i16":return(_(),z)[m>>>1>>>0];case"i32":return(_(),F)[m>>>2>>>0];case"i64":return(_(),J)[m>>>3>>>0];case"float":return(_(),L)[m>>>2>>>0];case"double":return(_(),$)[m>>>3>>>0];case"*":return(_(),q)[m>>>2>>>0];default:rt(`invalid type for getValue: ${w}`)}},t.UTF8ToString=pt,t.stringToUTF8=ut,t.lengthBytesUTF8=he;var $o,od,ad,nh,ld,cd,hd,ih,ud,fd,Qt,Ir,dd,Zt,sh,jt,pd,rh,md,gd,xd,Pi,nx=[Bt,ee,U,Lt,Yt,ct,Nt,$t,Mt,pe,Fe,On,Ar,Ns,Bo,Tr,Z,V,Tt,Be,Rn,Cr,nd,id,sd,rd],yd={1078380:(m,w,P,I,O)=>{if(t===void 0||!t.$b)return 1;if((m=pt(Number(m>>>0))).startsWith("./")&&(m=m.substring(2)),!(m=t.$b.get(m)))return 2;if(w=Number(w>>>0),P=Number(P>>>0),I=Number(I>>>0),w+P>m.byteLength)return 3;try{let Y=m.subarray(w,w+P);switch(O){case 0:(_(),D).set(Y,I>>>0);break;case 1:t.pc?t.pc(I,Y):t.sc(I,Y);break;default:return 4}return 0}catch{return 4}},1079204:()=>typeof navigator<"u"&&navigator.qc?1:0,1079276:()=>typeof wasmOffsetConverter<"u"};function ix(){return typeof wasmOffsetConverter<"u"}function sx(m,w,P,I){var O=jt();try{return zt(m)(w,P,I)}catch(Y){if(Zt(O),Y!==Y+0)throw Y;Qt(1,0)}}function rx(m,w,P){var I=jt();try{return zt(m)(w,P)}catch(O){if(Zt(I),O!==O+0)throw O;Qt(1,0)}}function ox(m){var w=jt();try{zt(m)()}catch(P){if(Zt(w),P!==P+0)throw P;Qt(1,0)}}function ax(m,w){var P=jt();try{return zt(m)(w)}catch(I){if(Zt(P),I!==I+0)throw I;Qt(1,0)}}function lx(m,w,P){var I=jt();try{zt(m)(w,P)}catch(O){if(Zt(I),O!==O+0)throw O;Qt(1,0)}}function cx(m,w,P,I){var O=jt();try{return zt(m)(w,P,I)}catch(Y){if(Zt(O),Y!==Y+0)throw Y;Qt(1,0)}}function hx(m,w){var P=jt();try{zt(m)(w)}catch(I){if(Zt(P),I!==I+0)throw I;Qt(1,0)}}function ux(m,w,P,I,O,Y,ft){var Ft=jt();try{return zt(m)(w,P,I,O,Y,ft)}catch(qt){if(Zt(Ft),qt!==qt+0)throw qt;Qt(1,0)}}function fx(m,w,P,I,O,Y){var ft=jt();try{zt(m)(w,P,I,O,Y)}catch(Ft){if(Zt(ft),Ft!==Ft+0)throw Ft;Qt(1,0)}}function dx(m,w,P,I){var O=jt();try{zt(m)(w,P,I)}catch(Y){if(Zt(O),Y!==Y+0)throw Y;Qt(1,0)}}function px(m,w,P,I,O){var Y=jt();try{zt(m)(w,P,I,O)}catch(ft){if(Zt(Y),ft!==ft+0)throw ft;Qt(1,0)}}function mx(m,w,P,I,O,Y,ft){var Ft=jt();try{zt(m)(w,P,I,O,Y,ft)}catch(qt){if(Zt(Ft),qt!==qt+0)throw qt;Qt(1,0)}}function gx(m,w,P,I,O,Y,ft){var Ft=jt();try{zt(m)(w,P,I,O,Y,ft)}catch(qt){if(Zt(Ft),qt!==qt+0)throw qt;Qt(1,0)}}function xx(m,w,P,I,O,Y,ft,Ft){var qt=jt();try{zt(m)(w,P,I,O,Y,ft,Ft)}catch(le){if(Zt(qt),le!==le+0)throw le;Qt(1,0)}}function yx(m,w,P,I,O){var Y=jt();try{return zt(m)(w,P,I,O)}catch(ft){if(Zt(Y),ft!==ft+0)throw ft;Qt(1,0)}}function _x(m,w,P){var I=jt();try{return zt(m)(w,P)}catch(O){if(Zt(I),O!==O+0)throw O;Qt(1,0)}}function vx(m,w,P,I,O,Y,ft,Ft){var qt=jt();try{zt(m)(w,P,I,O,Y,ft,Ft)}catch(le){if(Zt(qt),le!==le+0)throw le;Qt(1,0)}}function wx(m,w,P,I,O,Y,ft,Ft,qt,le,Je,Bn){var ui=jt();try{zt(m)(w,P,I,O,Y,ft,Ft,qt,le,Je,Bn)}catch(fi){if(Zt(ui),fi!==fi+0)throw fi;Qt(1,0)}}function Sx(m,w,P){var I=jt();try{return zt(m)(w,P)}catch(O){if(Zt(I),O!==O+0)throw O;return Qt(1,0),0n}}function Mx(m,w,P,I,O,Y,ft,Ft,qt){var le=jt();try{zt(m)(w,P,I,O,Y,ft,Ft,qt)}catch(Je){if(Zt(le),Je!==Je+0)throw Je;Qt(1,0)}}function bx(m){var w=jt();try{return zt(m)()}catch(P){if(Zt(w),P!==P+0)throw P;Qt(1,0)}}function Ex(m,w){var P=jt();try{return zt(m)(w)}catch(I){if(Zt(P),I!==I+0)throw I;return Qt(1,0),0n}}function Ax(m,w,P,I){var O=jt();try{return zt(m)(w,P,I)}catch(Y){if(Zt(O),Y!==Y+0)throw Y;Qt(1,0)}}function Tx(m,w,P,I,O,Y,ft){var Ft=jt();try{zt(m)(w,P,I,O,Y,ft)}catch(qt){if(Zt(Ft),qt!==qt+0)throw qt;Qt(1,0)}}function Rx(m){var w=jt();try{return zt(m)()}catch(P){if(Zt(w),P!==P+0)throw P;return Qt(1,0),0n}}function Cx(m,w,P,I,O){var Y=jt();try{return zt(m)(w,P,I,O)}catch(ft){if(Zt(Y),ft!==ft+0)throw ft;Qt(1,0)}}function Ix(m,w,P,I,O,Y){var ft=jt();try{return zt(m)(w,P,I,O,Y)}catch(Ft){if(Zt(ft),Ft!==Ft+0)throw Ft;Qt(1,0)}}function Px(m,w,P,I,O,Y){var ft=jt();try{return zt(m)(w,P,I,O,Y)}catch(Ft){if(Zt(ft),Ft!==Ft+0)throw Ft;Qt(1,0)}}function Lx(m,w,P,I,O,Y){var ft=jt();try{return zt(m)(w,P,I,O,Y)}catch(Ft){if(Zt(ft),Ft!==Ft+0)throw Ft;Qt(1,0)}}function Ux(m,w,P,I,O,Y,ft,Ft){var qt=jt();try{return zt(m)(w,P,I,O,Y,ft,Ft)}catch(le){if(Zt(qt),le!==le+0)throw le;Qt(1,0)}}function Dx(m,w,P,I,O){var Y=jt();try{return zt(m)(w,P,I,O)}catch(ft){if(Zt(Y),ft!==ft+0)throw ft;return Qt(1,0),0n}}function Nx(m,w,P,I){var O=jt();try{return zt(m)(w,P,I)}catch(Y){if(Zt(O),Y!==Y+0)throw Y;Qt(1,0)}}function Fx(m,w,P,I){var O=jt();try{return zt(m)(w,P,I)}catch(Y){if(Zt(O),Y!==Y+0)throw Y;Qt(1,0)}}function Ox(m,w,P,I,O,Y,ft,Ft,qt,le,Je,Bn){var ui=jt();try{return zt(m)(w,P,I,O,Y,ft,Ft,qt,le,Je,Bn)}catch(fi){if(Zt(ui),fi!==fi+0)throw fi;Qt(1,0)}}function Bx(m,w,P,I,O,Y,ft,Ft,qt,le,Je){var Bn=jt();try{zt(m)(w,P,I,O,Y,ft,Ft,qt,le,Je)}catch(ui){if(Zt(Bn),ui!==ui+0)throw ui;Qt(1,0)}}function kx(m,w,P,I,O,Y,ft,Ft,qt,le,Je,Bn,ui,fi,Vx,Wx){var Xx=jt();try{zt(m)(w,P,I,O,Y,ft,Ft,qt,le,Je,Bn,ui,fi,Vx,Wx)}catch(oh){if(Zt(Xx),oh!==oh+0)throw oh;Qt(1,0)}}function zx(m,w,P){var I=jt();try{return zt(m)(w,P)}catch(O){if(Zt(I),O!==O+0)throw O;Qt(1,0)}}function Gx(m,w,P){var I=jt();try{return zt(m)(w,P)}catch(O){if(Zt(I),O!==O+0)throw O;Qt(1,0)}}function Hx(m,w,P,I){var O=jt();try{zt(m)(w,P,I)}catch(Y){if(Zt(O),Y!==Y+0)throw Y;Qt(1,0)}}function qo(){if(0<Ut)dt=qo;else if(s)d?.(t),it();else{for(var m=At;0<m.length;)m.shift()(t);0<Ut?dt=qo:(t.calledRun=!0,b||(it(),d?.(t)))}}return s||(Pi=await Pt(),qo()),t.PTR_SIZE=4,ot?t:new Promise((m,w)=>{d=m,g=w})}var l0,Sg,gM=ae(()=>{"use strict";l0=wg,Sg=globalThis.self?.name?.startsWith("em-pthread"),Sg&&wg()}),hf,wf,Mg,En,c0,Nc,bg,Eg,uf,Ag,ff,h0,df,u0,Lf=ae(()=>{"use strict";Pf(),hf=typeof location>"u"?void 0:location.origin,wf=Zn.url>"file:"&&Zn.url<"file;",Mg=()=>{if(wf){let i=URL;return new URL(new i("ort.wasm.bundle.min.mjs",Zn.url).href,hf).href}return Zn.url},En=Mg(),c0=()=>{if(En&&!En.startsWith("blob:"))return En.substring(0,En.lastIndexOf("/")+1)},Nc=(i,t)=>{try{let e=t??En;return(e?new URL(i,e):new URL(i)).origin===hf}catch{return!1}},bg=(i,t)=>{let e=t??En;try{return(e?new URL(i,e):new URL(i)).href}catch{return}},Eg=(i,t)=>`${t??"./"}${i}`,uf=async i=>{let t=await(await fetch(i,{credentials:"same-origin"})).blob();return URL.createObjectURL(t)},Ag=async i=>(await import(i)).default,ff=(mM(),vf(r0)).default,h0=async()=>{if(!En)throw new Error("Failed to load proxy worker: cannot determine the script source URL.");if(Nc(En))return[void 0,ff()];let i=await uf(En);return[i,ff(i)]},df=(gM(),vf(a0)).default,u0=async(i,t,e,n)=>{let s=df&&!(i||t);if(s)if(En)s=Nc(En)||n&&!e;else if(n&&!e)s=!0;else throw new Error("cannot determine the script source URL.");if(s)return[void 0,df];{let r="ort-wasm-simd-threaded.mjs",o=i??bg(r,t),a=e&&o&&!Nc(o,t),l=a?await uf(o):o??Eg(r,t);return[a?l:void 0,await Ag(l)]}}}),pf,Fc,Io,mf,Tg,Rg,Cg,Uf,xe,Er=ae(()=>{"use strict";Lf(),Fc=!1,Io=!1,mf=!1,Tg=()=>{if(typeof SharedArrayBuffer>"u")return!1;try{return typeof MessageChannel<"u"&&new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}},Rg=()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,30,1,28,0,65,0,253,15,253,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,253,186,1,26,11]))}catch{return!1}},Cg=()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,123,3,2,1,0,10,19,1,17,0,65,1,253,15,65,2,253,15,65,3,253,15,253,147,2,11]))}catch{return!1}},Uf=async i=>{if(Fc)return Promise.resolve();if(Io)throw new Error("multiple calls to 'initializeWebAssembly()' detected.");if(mf)throw new Error("previous call to 'initializeWebAssembly()' failed.");Io=!0;let t=i.initTimeout,e=i.numThreads;if(i.simd!==!1){if(i.simd==="relaxed"){if(!Cg())throw new Error("Relaxed WebAssembly SIMD is not supported in the current environment.")}else if(!Rg())throw new Error("WebAssembly SIMD is not supported in the current environment.")}let n=Tg();e>1&&!n&&(typeof self<"u"&&!self.crossOriginIsolated&&console.warn("env.wasm.numThreads is set to "+e+", but this will not work unless you enable crossOriginIsolated mode. See https://web.dev/cross-origin-isolation-guide/ for more info."),console.warn("WebAssembly multi-threading is not supported in the current environment. Falling back to single-threading."),i.numThreads=e=1);let s=i.wasmPaths,r=typeof s=="string"?s:void 0,o=s?.mjs,a=o?.href??o,l=s?.wasm,c=l?.href??l,h=i.wasmBinary,[u,f]=await u0(a,r,e>1,!!h||!!c),d=!1,g=[];if(t>0&&g.push(new Promise(E=>{setTimeout(()=>{d=!0,E()},t)})),g.push(new Promise((E,x)=>{let p={numThreads:e};if(h)p.wasmBinary=h,p.locateFile=M=>M;else if(c||r)p.locateFile=M=>c??r+M;else if(a&&a.indexOf("blob:")!==0)p.locateFile=M=>new URL(M,a).href;else if(u){let M=c0();M&&(p.locateFile=A=>M+A)}f(p).then(M=>{Io=!1,Fc=!0,pf=M,E(),u&&URL.revokeObjectURL(u)},M=>{Io=!1,mf=!0,x(M)})})),await Promise.race(g),d)throw new Error(`WebAssembly backend initializing failed due to timeout: ${t}ms`)},xe=()=>{if(Fc&&pf)return pf;throw new Error("WebAssembly is not initialized yet.")}}),Yn,Gc,ge,Df=ae(()=>{"use strict";Er(),Yn=(i,t)=>{let e=xe(),n=e.lengthBytesUTF8(i)+1,s=e._malloc(n);return e.stringToUTF8(i,s,n),t.push(s),s},Gc=(i,t,e,n)=>{if(typeof i=="object"&&i!==null){if(e.has(i))throw new Error("Circular reference in options");e.add(i)}Object.entries(i).forEach(([s,r])=>{let o=t?t+s:s;if(typeof r=="object")Gc(r,o+".",e,n);else if(typeof r=="string"||typeof r=="number")n(o,r.toString());else if(typeof r=="boolean")n(o,r?"1":"0");else throw new Error(`Can't handle extra config type: ${typeof r}`)})},ge=i=>{let t=xe(),e=t.stackSave();try{let n=t.PTR_SIZE,s=t.stackAlloc(2*n);t._OrtGetLastError(s,s+n);let r=Number(t.getValue(s,n===4?"i32":"i64")),o=t.getValue(s+n,"*"),a=o?t.UTF8ToString(o):"";throw new Error(`${i} ERROR_CODE: ${r}, ERROR_MESSAGE: ${a}`)}finally{t.stackRestore(e)}}}),f0,xM=ae(()=>{"use strict";Er(),Df(),f0=(i,t)=>{let e=xe(),n=0,s=[],r=i||{};try{if(i?.logSeverityLevel===void 0)r.logSeverityLevel=2;else if(typeof i.logSeverityLevel!="number"||!Number.isInteger(i.logSeverityLevel)||i.logSeverityLevel<0||i.logSeverityLevel>4)throw new Error(`log severity level is not valid: ${i.logSeverityLevel}`);if(i?.logVerbosityLevel===void 0)r.logVerbosityLevel=0;else if(typeof i.logVerbosityLevel!="number"||!Number.isInteger(i.logVerbosityLevel))throw new Error(`log verbosity level is not valid: ${i.logVerbosityLevel}`);i?.terminate===void 0&&(r.terminate=!1);let o=0;i?.tag!==void 0&&(o=Yn(i.tag,s)),n=e._OrtCreateRunOptions(r.logSeverityLevel,r.logVerbosityLevel,!!r.terminate,o),n===0&&ge("Can't create run options."),i?.extra!==void 0&&Gc(i.extra,"",new WeakSet,(a,l)=>{let c=Yn(a,s),h=Yn(l,s);e._OrtAddRunConfigEntry(n,c,h)!==0&&ge(`Can't set a run config entry: ${a} - ${l}.`)});for(let a of t)e._OrtRunOptionsAddActiveLoraAdapter(n,a)!==0&&ge("Can't add an active LoRA adapter.");return[n,s]}catch(o){throw n!==0&&e._OrtReleaseRunOptions(n),s.forEach(a=>e._free(a)),o}}}),Ig,Pg,Lg,bs,Ug,d0,yM=ae(()=>{"use strict";Er(),Df(),Ig=i=>{switch(i){case"disabled":return 0;case"basic":return 1;case"extended":return 2;case"layout":return 3;case"all":return 99;default:throw new Error(`unsupported graph optimization level: ${i}`)}},Pg=i=>{switch(i){case"sequential":return 0;case"parallel":return 1;default:throw new Error(`unsupported execution mode: ${i}`)}},Lg=i=>{i.extra||(i.extra={}),i.extra.session||(i.extra.session={});let t=i.extra.session;t.use_ort_model_bytes_directly||(t.use_ort_model_bytes_directly="1"),i.executionProviders&&i.executionProviders.some(e=>(typeof e=="string"?e:e.name)==="webgpu")&&(i.enableMemPattern=!1)},bs=(i,t,e,n)=>{let s=Yn(t,n),r=Yn(e,n);xe()._OrtAddSessionConfigEntry(i,s,r)!==0&&ge(`Can't set a session config entry: ${t} - ${e}.`)},Ug=async(i,t,e)=>{let n=t.executionProviders;for(let s of n){let r=typeof s=="string"?s:s.name,o=[],a;switch(r){case"webnn":if(r="WEBNN",bs(i,"session.disable_quant_qdq","1",e),bs(i,"session.disable_qdq_constant_folding","1",e),typeof s!="string"){let f=s?.deviceType;f&&bs(i,"deviceType",f,e)}break;case"webgpu":if(r="JS",typeof s!="string"){let f=s;if(f?.preferredLayout){if(f.preferredLayout!=="NCHW"&&f.preferredLayout!=="NHWC")throw new Error(`preferredLayout must be either 'NCHW' or 'NHWC': ${f.preferredLayout}`);bs(i,"preferredLayout",f.preferredLayout,e)}}break;case"wasm":case"cpu":continue;default:throw new Error(`not supported execution provider: ${r}`)}let l=o.length,c=0,h=0;if(l>0){c=xe()._malloc(l*xe().PTR_SIZE),e.push(c),h=xe()._malloc(l*xe().PTR_SIZE),e.push(h);for(let f=0;f<l;f++)xe().setValue(c+f*xe().PTR_SIZE,o[f][0],"*"),xe().setValue(h+f*xe().PTR_SIZE,o[f][1],"*")}let u;if(a!==void 0){let f=xe()._malloc(xe().PTR_SIZE);e.push(f),xe().setValue(f,a[0],"*"),u=await xe()._OrtAppendExecutionProviderV2(i,f,1,c,h,l)}else{let f=Yn(r,e);u=await xe()._OrtAppendExecutionProvider(i,f,c,h,l)}u!==0&&ge(`Can't append execution provider: ${r}.`)}},d0=async i=>{let t=xe(),e=0,n=[],s=i||{};Lg(s);try{let r=Ig(s.graphOptimizationLevel??"all"),o=Pg(s.executionMode??"sequential"),a=typeof s.logId=="string"?Yn(s.logId,n):0,l=s.logSeverityLevel??2;if(!Number.isInteger(l)||l<0||l>4)throw new Error(`log severity level is not valid: ${l}`);let c=s.logVerbosityLevel??0;if(!Number.isInteger(c)||c<0||c>4)throw new Error(`log verbosity level is not valid: ${c}`);let h=typeof s.optimizedModelFilePath=="string"?Yn(s.optimizedModelFilePath,n):0;if(e=t._OrtCreateSessionOptions(r,!!s.enableCpuMemArena,!!s.enableMemPattern,o,!!s.enableProfiling,0,a,l,c,h),e===0&&ge("Can't create session options."),s.executionProviders&&await Ug(e,s,n),s.enableGraphCapture!==void 0){if(typeof s.enableGraphCapture!="boolean")throw new Error(`enableGraphCapture must be a boolean value: ${s.enableGraphCapture}`);bs(e,"enableGraphCapture",s.enableGraphCapture.toString(),n)}if(s.freeDimensionOverrides)for(let[u,f]of Object.entries(s.freeDimensionOverrides)){if(typeof u!="string")throw new Error(`free dimension override name must be a string: ${u}`);if(typeof f!="number"||!Number.isInteger(f)||f<0)throw new Error(`free dimension override value must be a non-negative integer: ${f}`);let d=Yn(u,n);t._OrtAddFreeDimensionOverride(e,d,f)!==0&&ge(`Can't set a free dimension override: ${u} - ${f}.`)}return s.extra!==void 0&&Gc(s.extra,"",new WeakSet,(u,f)=>{bs(e,u,f,n)}),[e,n]}catch(r){throw e!==0&&t._OrtReleaseSessionOptions(e)!==0&&ge("Can't release session options."),n.forEach(o=>t._free(o)),r}}}),Mr,kc,br,p0,m0,Nf,Ff,g0,x0=ae(()=>{"use strict";Mr=i=>{switch(i){case"int8":return 3;case"uint8":return 2;case"bool":return 9;case"int16":return 5;case"uint16":return 4;case"int32":return 6;case"uint32":return 12;case"float16":return 10;case"float32":return 1;case"float64":return 11;case"string":return 8;case"int64":return 7;case"uint64":return 13;case"int4":return 22;case"uint4":return 21;default:throw new Error(`unsupported data type: ${i}`)}},kc=i=>{switch(i){case 3:return"int8";case 2:return"uint8";case 9:return"bool";case 5:return"int16";case 4:return"uint16";case 6:return"int32";case 12:return"uint32";case 10:return"float16";case 1:return"float32";case 11:return"float64";case 8:return"string";case 7:return"int64";case 13:return"uint64";case 22:return"int4";case 21:return"uint4";default:throw new Error(`unsupported data type: ${i}`)}},br=(i,t)=>{let e=[-1,4,1,1,2,2,4,8,-1,1,2,8,4,8,-1,-1,-1,-1,-1,-1,-1,.5,.5][i],n=typeof t=="number"?t:t.reduce((s,r)=>s*r,1);return e>0?Math.ceil(n*e):void 0},p0=i=>{switch(i){case"float16":return typeof Float16Array<"u"?Float16Array:Uint16Array;case"float32":return Float32Array;case"uint8":return Uint8Array;case"int8":return Int8Array;case"uint16":return Uint16Array;case"int16":return Int16Array;case"int32":return Int32Array;case"bool":return Uint8Array;case"float64":return Float64Array;case"uint32":return Uint32Array;case"int64":return BigInt64Array;case"uint64":return BigUint64Array;default:throw new Error(`unsupported type: ${i}`)}},m0=i=>{switch(i){case"verbose":return 0;case"info":return 1;case"warning":return 2;case"error":return 3;case"fatal":return 4;default:throw new Error(`unsupported logging level: ${i}`)}},Nf=i=>i==="float32"||i==="float16"||i==="int32"||i==="int64"||i==="uint32"||i==="uint8"||i==="bool"||i==="uint4"||i==="int4",Ff=i=>i==="float32"||i==="float16"||i==="int32"||i==="int64"||i==="uint32"||i==="uint64"||i==="int8"||i==="uint8"||i==="bool"||i==="uint4"||i==="int4",g0=i=>{switch(i){case"none":return 0;case"cpu":return 1;case"cpu-pinned":return 2;case"texture":return 3;case"gpu-buffer":return 4;case"ml-tensor":return 5;default:throw new Error(`unsupported data location: ${i}`)}}}),Wc,Of=ae(()=>{"use strict";Pf(),Wc=async i=>{if(typeof i=="string"){let t=await fetch(i);if(!t.ok)throw new Error(`failed to load external data file: ${i}`);let e=t.headers.get("Content-Length"),n=e?parseInt(e,10):0;if(n<1073741824)return new Uint8Array(await t.arrayBuffer());{if(!t.body)throw new Error(`failed to load external data file: ${i}, no response body.`);let s=t.body.getReader(),r;try{r=new ArrayBuffer(n)}catch(a){if(a instanceof RangeError){let l=Math.ceil(n/65536);r=new WebAssembly.Memory({initial:l,maximum:l}).buffer}else throw a}let o=0;for(;;){let{done:a,value:l}=await s.read();if(a)break;let c=l.byteLength;new Uint8Array(r,o,c).set(l),o+=c}return new Uint8Array(r,0,n)}}else return i instanceof Blob?new Uint8Array(await i.arrayBuffer()):i instanceof Uint8Array?i:new Uint8Array(i)}}),Dg,Bf,kf,Es,Ng,gf,Hc,zf,Gf,Po,Fg,As,y0,_0,xf,Hf,Vf,Wf,v0=ae(()=>{"use strict";ns(),xM(),yM(),x0(),Er(),Df(),Of(),Dg=(i,t)=>{xe()._OrtInit(i,t)!==0&&ge("Can't initialize onnxruntime.")},Bf=async i=>{Dg(i.wasm.numThreads,m0(i.logLevel))},kf=async(i,t)=>{xe().asyncInit?.();let e=i.webgpu.adapter;if(t==="webgpu"){if(typeof navigator>"u"||!navigator.gpu)throw new Error("WebGPU is not supported in current environment");if(e){if(typeof e.limits!="object"||typeof e.features!="object"||typeof e.requestDevice!="function")throw new Error("Invalid GPU adapter set in `env.webgpu.adapter`. It must be a GPUAdapter object.")}else{let n=i.webgpu.powerPreference;if(n!==void 0&&n!=="low-power"&&n!=="high-performance")throw new Error(`Invalid powerPreference setting: "${n}"`);let s=i.webgpu.forceFallbackAdapter;if(s!==void 0&&typeof s!="boolean")throw new Error(`Invalid forceFallbackAdapter setting: "${s}"`);if(e=await navigator.gpu.requestAdapter({powerPreference:n,forceFallbackAdapter:s}),!e)throw new Error('Failed to get GPU adapter. You may need to enable flag "--enable-unsafe-webgpu" if you are using Chrome.')}}if(t==="webnn"&&(typeof navigator>"u"||!navigator.ml))throw new Error("WebNN is not supported in current environment")},Es=new Map,Ng=i=>{let t=xe(),e=t.stackSave();try{let n=t.PTR_SIZE,s=t.stackAlloc(2*n);t._OrtGetInputOutputCount(i,s,s+n)!==0&&ge("Can't get session input/output count.");let r=n===4?"i32":"i64";return[Number(t.getValue(s,r)),Number(t.getValue(s+n,r))]}finally{t.stackRestore(e)}},gf=(i,t)=>{let e=xe(),n=e.stackSave(),s=0;try{let r=e.PTR_SIZE,o=e.stackAlloc(2*r);e._OrtGetInputOutputMetadata(i,t,o,o+r)!==0&&ge("Can't get session input/output metadata.");let a=Number(e.getValue(o,"*"));s=Number(e.getValue(o+r,"*"));let l=e.HEAP32[s/4];if(l===0)return[a,0];let c=e.HEAPU32[s/4+1],h=[];for(let u=0;u<c;u++){let f=Number(e.getValue(s+8+u*r,"*"));h.push(f!==0?e.UTF8ToString(f):Number(e.getValue(s+8+(u+c)*r,"*")))}return[a,l,h]}finally{e.stackRestore(n),s!==0&&e._OrtFree(s)}},Hc=i=>{let t=xe(),e=t._malloc(i.byteLength);if(e===0)throw new Error(`Can't create a session. failed to allocate a buffer of size ${i.byteLength}.`);return t.HEAPU8.set(i,e),[e,i.byteLength]},zf=async(i,t)=>{let e,n,s=xe();Array.isArray(i)?[e,n]=i:i.buffer===s.HEAPU8.buffer?[e,n]=[i.byteOffset,i.byteLength]:[e,n]=Hc(i);let r=0,o=0,a=0,l=[],c=[],h=[];try{if([o,l]=await d0(t),t?.externalData&&s.mountExternalData){let A=[];for(let b of t.externalData){let R=typeof b=="string"?b:b.path,_=typeof b=="string"?b:b.data;A.push(Wc(_).then(y=>{s.mountExternalData(R,y)}))}await Promise.all(A)}for(let A of t?.executionProviders??[])if((typeof A=="string"?A:A.name)==="webnn"){if(s.shouldTransferToMLTensor=!1,typeof A!="string"){let b=A,R=b?.context,_=b?.gpuDevice,y=b?.deviceType,T=b?.powerPreference;R?s.currentContext=R:_?s.currentContext=await s.webnnCreateMLContext(_):s.currentContext=await s.webnnCreateMLContext({deviceType:y,powerPreference:T})}else s.currentContext=await s.webnnCreateMLContext();break}r=await s._OrtCreateSession(e,n,o),s.webgpuOnCreateSession?.(r),r===0&&ge("Can't create a session."),s.jsepOnCreateSession?.(),s.currentContext&&(s.webnnRegisterMLContext(r,s.currentContext),s.currentContext=void 0,s.shouldTransferToMLTensor=!0);let[u,f]=Ng(r),d=!!t?.enableGraphCapture,g=[],E=[],x=[],p=[],M=[];for(let A=0;A<u;A++){let[b,R,_]=gf(r,A);b===0&&ge("Can't get an input name."),c.push(b);let y=s.UTF8ToString(b);g.push(y),x.push(R===0?{name:y,isTensor:!1}:{name:y,isTensor:!0,type:kc(R),shape:_})}for(let A=0;A<f;A++){let[b,R,_]=gf(r,A+u);b===0&&ge("Can't get an output name."),h.push(b);let y=s.UTF8ToString(b);E.push(y),p.push(R===0?{name:y,isTensor:!1}:{name:y,isTensor:!0,type:kc(R),shape:_})}return Es.set(r,[r,c,h,null,d,!1]),[r,g,E,x,p]}catch(u){throw c.forEach(f=>s._OrtFree(f)),h.forEach(f=>s._OrtFree(f)),a!==0&&s._OrtReleaseBinding(a)!==0&&ge("Can't release IO binding."),r!==0&&s._OrtReleaseSession(r)!==0&&ge("Can't release session."),u}finally{s._free(e),o!==0&&s._OrtReleaseSessionOptions(o)!==0&&ge("Can't release session options."),l.forEach(u=>s._free(u)),s.unmountExternalData?.()}},Gf=i=>{let t=xe(),e=Es.get(i);if(!e)throw new Error(`cannot release session. invalid session id: ${i}`);let[n,s,r,o,a]=e;o&&(a&&t._OrtClearBoundOutputs(o.handle)!==0&&ge("Can't clear bound outputs."),t._OrtReleaseBinding(o.handle)!==0&&ge("Can't release IO binding.")),t.jsepOnReleaseSession?.(i),t.webnnOnReleaseSession?.(i),t.webgpuOnReleaseSession?.(i),s.forEach(l=>t._OrtFree(l)),r.forEach(l=>t._OrtFree(l)),t._OrtReleaseSession(n)!==0&&ge("Can't release session."),Es.delete(i)},Po=new Map,Fg=1,As=new Map,y0=i=>{let t=xe(),e=t._malloc(i.byteLength);if(e===0)throw new Error(`Can't create a LoRA adapter. failed to allocate a buffer of size ${i.byteLength}.`);try{t.HEAPU8.set(i,e);let n=t._OrtCreateLoraAdapter(e,i.byteLength);n===0&&ge("Can't create a LoRA adapter.");let s=Fg++;return Po.set(s,n),s}finally{t._free(e)}},_0=i=>{let t=xe(),e=Po.get(i);if(e===void 0)throw new Error(`cannot release LoRA adapter. invalid adapter id: ${i}`);if(As.has(i))throw new Error(`cannot release LoRA adapter. the adapter is used by a run in progress. adapter id: ${i}`);t._OrtReleaseLoraAdapter(e)!==0&&ge("Can't release LoRA adapter."),Po.delete(i)},xf=async(i,t,e,n,s,r,o=!1)=>{if(!i){t.push(0);return}let a=xe(),l=a.PTR_SIZE,c=i[0],h=i[1],u=i[3],f=u,d,g;if(c==="string"&&(u==="gpu-buffer"||u==="ml-tensor"))throw new Error("String tensor is not supported on GPU.");if(o&&u!=="gpu-buffer")throw new Error(`External buffer must be provided for input/output index ${r} when enableGraphCapture is true.`);if(u==="gpu-buffer"){let p=i[2].gpuBuffer;g=br(Mr(c),h);{let M=a.jsepRegisterBuffer;if(!M)throw new Error('Tensor location "gpu-buffer" is not supported without using WebGPU.');d=M(n,r,p,g)}}else if(u==="ml-tensor"){let p=i[2].mlTensor;g=br(Mr(c),h);let M=a.webnnRegisterMLTensor;if(!M)throw new Error('Tensor location "ml-tensor" is not supported without using WebNN.');d=M(n,p,Mr(c),h)}else{let p=i[2];if(Array.isArray(p)){g=l*p.length,d=a._malloc(g),e.push(d);for(let M=0;M<p.length;M++){if(typeof p[M]!="string")throw new TypeError(`tensor data at index ${M} is not a string`);a.setValue(d+M*l,Yn(p[M],e),"*")}}else{let M=a.webnnIsGraphInput,A=a.webnnIsGraphOutput;if(c!=="string"&&M&&A){let b=a.UTF8ToString(s);if(M(n,b)||A(n,b)){let R=Mr(c);g=br(R,h),f="ml-tensor";let _=a.webnnCreateTemporaryTensor,y=a.webnnUploadTensor;if(!_||!y)throw new Error('Tensor location "ml-tensor" is not supported without using WebNN.');let T=await _(n,R,h);y(T,new Uint8Array(p.buffer,p.byteOffset,p.byteLength)),d=T}else g=p.byteLength,d=a._malloc(g),e.push(d),a.HEAPU8.set(new Uint8Array(p.buffer,p.byteOffset,g),d)}else g=p.byteLength,d=a._malloc(g),e.push(d),a.HEAPU8.set(new Uint8Array(p.buffer,p.byteOffset,g),d)}}let E=a.stackSave(),x=a.stackAlloc(4*h.length);try{h.forEach((M,A)=>a.setValue(x+A*l,M,l===4?"i32":"i64"));let p=a._OrtCreateTensor(Mr(c),d,g,x,h.length,g0(f));p===0&&ge(`Can't create tensor for input/output. session=${n}, index=${r}.`),t.push(p)}finally{a.stackRestore(E)}},Hf=async(i,t,e,n,s,r,o=[])=>{let a=xe(),l=a.PTR_SIZE,c=Es.get(i);if(!c)throw new Error(`cannot run inference. invalid session id: ${i}`);let h=c[0],u=c[1],f=c[2],d=c[3],g=c[4],E=c[5],x=[];if(o.length>0){if(d)throw new Error("LoRA adapters are not supported for a session that uses IO binding, e.g. when an output is preferred to be on GPU, or when the WebNN execution provider produces an output.");for(let L of o){let $=Po.get(L);if($===void 0)throw new Error(`cannot run inference. invalid LoRA adapter id: ${L}`);x.push($)}}let p=t.length,M=n.length,A=0,b=[],R=[],_=[],y=[],T=[],k=a.stackSave(),D=a.stackAlloc(p*l),z=a.stackAlloc(p*l),F=a.stackAlloc(M*l),q=a.stackAlloc(M*l);try{for(let G of o)As.set(G,(As.get(G)??0)+1);[A,b]=f0(r,x),Is("wasm prepareInputOutputTensor");for(let G=0;G<p;G++)await xf(e[G],R,y,i,u[t[G]],t[G],g);for(let G=0;G<M;G++)await xf(s[G],_,y,i,f[n[G]],p+n[G],g);Ps("wasm prepareInputOutputTensor");for(let G=0;G<p;G++)a.setValue(D+G*l,R[G],"*"),a.setValue(z+G*l,u[t[G]],"*");for(let G=0;G<M;G++)a.setValue(F+G*l,_[G],"*"),a.setValue(q+G*l,f[n[G]],"*");a.jsepOnRunStart?.(h),a.webnnOnRunStart?.(h);let L;L=await a._OrtRun(h,z,D,p,q,M,F,A),L!==0&&ge("failed to call OrtRun().");let $=[],J=[];Is("wasm ProcessOutputTensor");for(let G=0;G<M;G++){let ot=Number(a.getValue(F+G*l,"*"));if(ot===_[G]||T.includes(_[G])){$.push(s[G]),ot!==_[G]&&a._OrtReleaseTensor(ot)!==0&&ge("Can't release tensor.");continue}let K=a.stackSave(),it=a.stackAlloc(4*l),rt=!1,wt,Pt=0;try{a._OrtGetTensorData(ot,it,it+l,it+2*l,it+3*l)!==0&&ge(`Can't access output tensor data on index ${G}.`);let Q=l===4?"i32":"i64",St=Number(a.getValue(it,Q));Pt=a.getValue(it+l,"*");let At=a.getValue(it+l*2,"*"),Ut=Number(a.getValue(it+l*3,Q)),dt=[];for(let lt=0;lt<Ut;lt++)dt.push(Number(a.getValue(At+lt*l,Q)));a._OrtFree(At)!==0&&ge("Can't free memory for tensor dims.");let Ot=dt.reduce((lt,Bt)=>lt*Bt,1);wt=kc(St);let fe=d?.outputPreferredLocations[n[G]];if(wt==="string"){if(fe==="gpu-buffer"||fe==="ml-tensor")throw new Error("String tensor is not supported on GPU.");let lt=[];for(let Bt=0;Bt<Ot;Bt++){let ee=a.getValue(Pt+Bt*l,"*"),Kt=a.getValue(Pt+(Bt+1)*l,"*"),Me=Bt===Ot-1?void 0:Kt-ee;lt.push(a.UTF8ToString(ee,Me))}$.push([wt,dt,lt,"cpu"])}else if(fe==="gpu-buffer"&&Ot>0){let lt=a.jsepGetBuffer;if(!lt)throw new Error('preferredLocation "gpu-buffer" is not supported without using WebGPU.');let Bt=lt(Pt),ee=br(St,Ot);if(ee===void 0||!Nf(wt))throw new Error(`Unsupported data type: ${wt}`);rt=!0,$.push([wt,dt,{gpuBuffer:Bt,download:a.jsepCreateDownloader(Bt,ee,wt),dispose:()=>{a._OrtReleaseTensor(ot)!==0&&ge("Can't release tensor.")}},"gpu-buffer"])}else if(fe==="ml-tensor"&&Ot>0){let lt=a.webnnEnsureTensor,Bt=a.webnnIsGraphInputOutputTypeSupported;if(!lt||!Bt)throw new Error('preferredLocation "ml-tensor" is not supported without using WebNN.');if(br(St,Ot)===void 0||!Ff(wt))throw new Error(`Unsupported data type: ${wt}`);if(!Bt(i,wt,!1))throw new Error(`preferredLocation "ml-tensor" for ${wt} output is not supported by current WebNN Context.`);let ee=await lt(i,Pt,St,dt,!1);rt=!0,$.push([wt,dt,{mlTensor:ee,download:a.webnnCreateMLTensorDownloader(Pt,wt),dispose:()=>{a.webnnReleaseTensorId(Pt),a._OrtReleaseTensor(ot)}},"ml-tensor"])}else if(fe==="ml-tensor-cpu-output"&&Ot>0){let lt=a.webnnCreateMLTensorDownloader(Pt,wt)(),Bt=$.length;rt=!0,J.push((async()=>{let ee=[Bt,await lt];return a.webnnReleaseTensorId(Pt),a._OrtReleaseTensor(ot),ee})()),$.push([wt,dt,[],"cpu"])}else{let lt=p0(wt),Bt=new lt(Ot);new Uint8Array(Bt.buffer,Bt.byteOffset,Bt.byteLength).set(a.HEAPU8.subarray(Pt,Pt+Bt.byteLength)),$.push([wt,dt,Bt,"cpu"])}}finally{a.stackRestore(K),wt==="string"&&Pt&&a._free(Pt),rt||a._OrtReleaseTensor(ot)}}d&&!g&&(a._OrtClearBoundOutputs(d.handle)!==0&&ge("Can't clear bound outputs."),Es.set(i,[h,u,f,d,g,!1]));for(let[G,ot]of await Promise.all(J))$[G][2]=ot;return Ps("wasm ProcessOutputTensor"),$}finally{a.webnnOnRunEnd?.(h),a.stackRestore(k),R.forEach(L=>a._OrtReleaseTensor(L)),_.forEach(L=>a._OrtReleaseTensor(L)),y.forEach(L=>a._free(L)),A!==0&&a._OrtReleaseRunOptions(A),b.forEach(L=>a._free(L));for(let L of o){let $=As.get(L)-1;$===0?As.delete(L):As.set(L,$)}}},Vf=i=>{let t=xe(),e=Es.get(i);if(!e)throw new Error("invalid session id");let n=e[0],s=t._OrtEndProfiling(n);s===0&&ge("Can't get an profile file name."),t._OrtFree(s)},Wf=i=>{let t=[];for(let e of i){let n=e[2];!Array.isArray(n)&&"buffer"in n&&t.push(n.buffer)}return t}}),ai,Nn,Sr,Lo,Uo,Oc,yf,Bc,Ts,Rs,Og,w0,S0,M0,b0,E0,A0,T0,R0,C0,Xf=ae(()=>{"use strict";ns(),v0(),Er(),Lf(),Of(),ai=()=>!!Se.wasm.proxy&&typeof document<"u",Sr=!1,Lo=!1,Uo=!1,Bc=new Map,Ts=(i,t)=>{let e=Bc.get(i);e?e.push(t):Bc.set(i,[t])},Rs=()=>{if(Sr||!Lo||Uo||!Nn)throw new Error("worker not ready")},Og=i=>{switch(i.data.type){case"init-wasm":Sr=!1,i.data.err?(Uo=!0,yf[1](i.data.err)):(Lo=!0,yf[0]()),Oc&&(URL.revokeObjectURL(Oc),Oc=void 0);break;case"init-ep":case"copy-from":case"create":case"release":case"run":case"end-profiling":{let t=Bc.get(i.data.type);i.data.err?t.shift()[1](i.data.err):t.shift()[0](i.data.out);break}default:}},w0=async()=>{if(!Lo){if(Sr)throw new Error("multiple calls to 'initWasm()' detected.");if(Uo)throw new Error("previous call to 'initWasm()' failed.");if(Sr=!0,ai())return new Promise((i,t)=>{Nn?.terminate(),h0().then(([e,n])=>{try{Nn=n,Nn.onerror=r=>t(r),Nn.onmessage=Og,yf=[i,t];let s={type:"init-wasm",in:Se};!s.in.wasm.wasmPaths&&(e||wf)&&(s.in.wasm.wasmPaths={wasm:new URL("ort-wasm-simd-threaded.wasm",Zn.url).href}),Nn.postMessage(s),Oc=e}catch(s){t(s)}},t)});try{await Uf(Se.wasm),await Bf(Se),Lo=!0}catch(i){throw Uo=!0,i}finally{Sr=!1}}},S0=async i=>{if(ai())return Rs(),new Promise((t,e)=>{Ts("init-ep",[t,e]);let n={type:"init-ep",in:{epName:i,env:Se}};Nn.postMessage(n)});await kf(Se,i)},M0=async i=>ai()?(Rs(),new Promise((t,e)=>{Ts("copy-from",[t,e]);let n={type:"copy-from",in:{buffer:i}};Nn.postMessage(n,[i.buffer])})):Hc(i),b0=async(i,t)=>{if(ai()){if(t?.preferredOutputLocation)throw new Error('session option "preferredOutputLocation" is not supported for proxy.');return Rs(),new Promise((e,n)=>{Ts("create",[e,n]);let s={type:"create",in:{model:i,options:{...t}}},r=[];i instanceof Uint8Array&&r.push(i.buffer),Nn.postMessage(s,r)})}else return zf(i,t)},E0=async i=>{if(ai())return Rs(),new Promise((t,e)=>{Ts("release",[t,e]);let n={type:"release",in:i};Nn.postMessage(n)});Gf(i)},A0=async i=>{if(ai())throw new Error("LoRA adapter is not supported for proxy.");let t=typeof i=="string"?await Wc(i):i;return y0(t)},T0=async i=>{if(ai())throw new Error("LoRA adapter is not supported for proxy.");_0(i)},R0=async(i,t,e,n,s,r,o)=>{if(ai()){if(o.length>0)throw new Error("LoRA adapter is not supported for proxy.");if(e.some(a=>a[3]!=="cpu"))throw new Error("input tensor on GPU is not supported for proxy.");if(s.some(a=>a))throw new Error("pre-allocated output tensor is not supported for proxy.");return Rs(),new Promise((a,l)=>{Ts("run",[a,l]);let c=e,h={type:"run",in:{sessionId:i,inputIndices:t,inputs:c,outputIndices:n,options:r}};Nn.postMessage(h,Wf(c))})}else return Hf(i,t,e,n,s,r,o)},C0=async i=>{if(ai())return Rs(),new Promise((t,e)=>{Ts("end-profiling",[t,e]);let n={type:"end-profiling",in:i};Nn.postMessage(n)});Vf(i)}}),$f,I0=ae(()=>{"use strict";ns(),Xf(),$f=class{async loadAdapter(i){Ci(),this.adapterId=await A0(i),Ii()}async dispose(){return T0(this.adapterId)}}}),_f,Bg,P0,_M=ae(()=>{"use strict";ns(),I0(),Xf(),x0(),Pf(),Of(),_f=(i,t)=>{switch(i.location){case"cpu":return[i.type,i.dims,i.data,"cpu"];case"gpu-buffer":return[i.type,i.dims,{gpuBuffer:i.gpuBuffer},"gpu-buffer"];case"ml-tensor":return[i.type,i.dims,{mlTensor:i.mlTensor},"ml-tensor"];default:throw new Error(`invalid data location: ${i.location} for ${t()}`)}},Bg=i=>{switch(i[3]){case"cpu":return new Jn(i[0],i[2],i[1]);case"gpu-buffer":{let t=i[0];if(!Nf(t))throw new Error(`not supported data type: ${t} for deserializing GPU tensor`);let{gpuBuffer:e,download:n,dispose:s}=i[2];return Jn.fromGpuBuffer(e,{dataType:t,dims:i[1],download:n,dispose:s})}case"ml-tensor":{let t=i[0];if(!Ff(t))throw new Error(`not supported data type: ${t} for deserializing MLTensor tensor`);let{mlTensor:e,download:n,dispose:s}=i[2];return Jn.fromMLTensor(e,{dataType:t,dims:i[1],download:n,dispose:s})}default:throw new Error(`invalid data location: ${i[3]}`)}},P0=class{async fetchModelAndCopyToWasmMemory(i){return M0(await Wc(i))}async loadModel(i,t){Ci();let e;typeof i=="string"?e=await this.fetchModelAndCopyToWasmMemory(i):e=i,[this.sessionId,this.inputNames,this.outputNames,this.inputMetadata,this.outputMetadata]=await b0(e,t),Ii()}async dispose(){return E0(this.sessionId)}async run(i,t,e,n=[]){Ci();let s=n.map(d=>{if(!(d instanceof $f))throw new Error("LoRA adapter was not created by the WebAssembly backend.");return d.adapterId}),r=[],o=[];Object.entries(i).forEach(d=>{let g=d[0],E=d[1],x=this.inputNames.indexOf(g);if(x===-1)throw new Error(`invalid input '${g}'`);r.push(E),o.push(x)});let a=[],l=[];Object.entries(t).forEach(d=>{let g=d[0],E=d[1],x=this.outputNames.indexOf(g);if(x===-1)throw new Error(`invalid output '${g}'`);a.push(E),l.push(x)});let c=r.map((d,g)=>_f(d,()=>`input "${this.inputNames[o[g]]}"`)),h=a.map((d,g)=>d?_f(d,()=>`output "${this.outputNames[l[g]]}"`):null),u=await R0(this.sessionId,o,c,l,h,e,s),f={};for(let d=0;d<u.length;d++)f[this.outputNames[l[d]]]=a[d]??Bg(u[d]);return Ii(),f}startProfiling(){}endProfiling(){C0(this.sessionId)}}}),L0,vM=ae(()=>{"use strict";L0=i=>{if(i?.epContextDataRead)throw new Error('session option "epContextDataRead" is not supported by ONNX Runtime Web')}}),U0={};Vc(U0,{OnnxruntimeWebAssemblyBackend:()=>Mf,initializeFlags:()=>Sf,wasmBackend:()=>D0});var Sf,Mf,D0,wM=ae(()=>{"use strict";ns(),I0(),Xf(),_M(),vM(),Sf=()=>{(typeof Se.wasm.initTimeout!="number"||Se.wasm.initTimeout<0)&&(Se.wasm.initTimeout=0);let i=Se.wasm.simd;if(typeof i!="boolean"&&i!==void 0&&i!=="fixed"&&i!=="relaxed"&&(console.warn(`Property "env.wasm.simd" is set to unknown value "${i}". Reset it to \`false\` and ignore SIMD feature checking.`),Se.wasm.simd=!1),typeof Se.wasm.proxy!="boolean"&&(Se.wasm.proxy=!1),typeof Se.wasm.trace!="boolean"&&(Se.wasm.trace=!1),typeof Se.wasm.numThreads!="number"||!Number.isInteger(Se.wasm.numThreads)||Se.wasm.numThreads<=0)if(typeof self<"u"&&!self.crossOriginIsolated)Se.wasm.numThreads=1;else{let t=typeof navigator>"u"?QS("node:os").cpus().length:navigator.hardwareConcurrency;Se.wasm.numThreads=Math.min(4,Math.ceil((t||1)/2))}},Mf=class{async init(i){Sf(),await w0(),await S0(i)}async createInferenceSessionHandler(i,t){L0(t);let e=new P0;return await e.loadModel(i,t),e}async createLoraAdapterHandler(i){let t=new $f;return await t.loadAdapter(i),t}},D0=new Mf});ns();ns();ns();var SM="1.31.1",MM=s0;{let i=(wM(),vf(U0)).wasmBackend;No("cpu",i,10),No("wasm",i,10)}Object.defineProperty(Se.versions,"web",{value:SM,enumerable:!0});var qf=i=>new URL(i,location.href).href;typeof location<"u"&&(Se.wasm.wasmPaths={wasm:qf("ort-wasm-simd-threaded.wasm")});Se.wasm.numThreads=1;function N0(i){let t=globalThis.navigator?.hardwareConcurrency??1,e=globalThis.crossOriginIsolated===!0?Math.max(1,Math.min(i,t)):1;return e>1&&(Se.wasm.wasmPaths={mjs:qf("ort-wasm-simd-threaded.mjs"),wasm:qf("ort-wasm-simd-threaded.wasm")}),Se.wasm.numThreads=e,e}var Yf=6,bM=1,EM=null;function AM(){Ls.env.logLevel="error",EM??=N0(bM)}function Us(){try{return typeof WebAssembly=="object"&&WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,123,3,2,1,0,10,10,1,8,0,65,0,253,15,253,98,11]))}catch{return!1}}function TM(i,t,e=new Uint8ClampedArray(t*t*4)){for(let n=0,s=0;n<t*t;n++,s+=3)e[4*n]=Math.floor(Math.min(1,Math.max(0,i[s]))*255+.5),e[4*n+1]=Math.floor(Math.min(1,Math.max(0,i[s+1]))*255+.5),e[4*n+2]=Math.floor(Math.min(1,Math.max(0,i[s+2]))*255+.5),e[4*n+3]=255;return e}var Xc=class i{constructor(t,e){this.session=t,this.size=e,this.weights=new Ls.Tensor("float32",new Float32Array(te),[te]),this.pose=new Ls.Tensor("float32",new Float32Array(Yf),[Yf]),this.rgba=new Uint8ClampedArray(e*e*4)}static async create(t,{optimization:e="basic"}={}){AM();let n=performance.now(),s=await Ls.InferenceSession.create(t,{executionProviders:["wasm"],graphOptimizationLevel:e}),r=performance.now(),o=s.inputNames.join(",");if(o!=="weights,pose"||s.outputNames[0]!=="frame")throw await s.release(),new Error(`not a photocall frame graph (inputs ${o}, outputs ${s.outputNames.join(",")})`);let a=new i(s,0);return await a.run(new Float32Array(te),new Float32Array(Yf)),a.timings={sessionMs:r-n,firstRunMs:performance.now()-r},a}async run(t,e){this.weights.data.set(t),this.pose.data.set(e);let s=(await this.session.run({weights:this.weights,pose:this.pose})).frame,r=s.dims[0];return r!==this.size&&(this.size=r,this.rgba=new Uint8ClampedArray(r*r*4)),TM(s.data,r,this.rgba),s.dispose?.(),this.rgba}async release(){await this.session.release()}};var RM="face-worker.js",O0=1,Ds=[],B0=2;var k0=()=>typeof Worker<"u";function z0(){let i;try{i=new Worker(RM)}catch(o){let a=`face worker: ${o.message||o}`;return{worker:{terminate(){}},ask:async()=>({error:a}),runs:new Map,warm:Promise.resolve({error:a})}}let t=new Map,e=new Map;i.onmessage=o=>{let a=o.data;if(a.type==="frame"){e.get(a.id)?.(a),e.delete(a.id);return}t.get(a.type)?.shift()?.(a)};let n=null,s=o=>{n=o;let a={error:o};for(let l of t.values())for(let c of l.splice(0))c(a);for(let l of e.values())l(a);e.clear()};i.onerror=o=>{o.preventDefault?.(),s(`face worker: ${o.message||"failed to start"}`)};let r=(o,a={},l=[])=>new Promise(c=>{if(n){c({error:n});return}t.has(o)||t.set(o,[]),t.get(o).push(c),i.postMessage({type:o,...a},l)});return{worker:i,ask:r,runs:e,warm:r("warm",{threads:O0})}}function G0(){if(!k0())return Promise.resolve(!1);if(Ds.length>=B0)return Ds[Ds.length-1].warm;let i=z0();return Ds.push(i),i.warm}var Zf=class i{constructor(t,e){this.w=t,this.size=e.size,this.rgba=e.rgba,this.timings=e.timings,this.threads=e.threads,this.nextId=0}static async create(t,{optimization:e="basic"}={}){let n=Ds.shift()??z0(),s=t.byteOffset===0&&t.byteLength===t.buffer.byteLength?t:t.slice(),r=await n.ask("created",{type:"create",graph:s.buffer,optimization:e,threads:O0},[s.buffer]).catch(o=>({error:String(o)}));if(r.error)throw n.worker.terminate(),new Error(r.error);return new i(n,r)}run(t,e){let n=++this.nextId;return new Promise((s,r)=>{if(!this.w){r(new Error("face released"));return}this.w.runs.set(n,o=>o.error?r(new Error(o.error)):s(this.rgba=o.rgba)),this.w.worker.postMessage({type:"run",id:n,weights:Float32Array.from(t),pose:Float32Array.from(e)})})}async release(){let t=this.w;if(this.w=null,!t)return;let e=await t.ask("released",{type:"release"});e.error||Ds.length>=B0?t.worker.terminate():(t.warm=Promise.resolve(e),Ds.push(t))}},F0=!1;async function H0(i,{optimization:t="basic",worker:e=!0}={}){if(e&&k0()&&!F0){let n=i.slice();try{return await Zf.create(i,{optimization:t})}catch(s){if(!/face worker:/.test(String(s.message)))throw s;console.warn(`${s.message}; faces render in this thread`),F0=!0,i=n}}return Xc.create(i,{optimization:t})}var V0=[31,139],CM=i=>i.length>2&&i[0]===V0[0]&&i[1]===V0[1];async function $c(i,t=64*1024*1024){if(!CM(i))return i;let e=new Blob([i]).stream().pipeThrough(new DecompressionStream("gzip")).getReader(),n=[],s=0;for(;;){let{done:a,value:l}=await e.read();if(a)break;if(s+=l.length,s>t)throw await e.cancel(),new Error(`inflates past ${t} bytes`);n.push(l)}let r=new Uint8Array(s),o=0;for(let a of n)r.set(a,o),o+=a.length;return r}var IM=Object.freeze({maxShift:.12,minSide:.85}),PM=10,LM=152,UM=234,DM=454;function W0(i,{side:t=2.3,drop:e=.12}={}){let[n,s]=[i[PM],i[LM]],r=Math.hypot(s[0]-n[0],s[1]-n[1]),o=t*r,a=(i[UM][0]+i[DM][0])/2,l=(n[1]+s[1])/2+e*o;return[a-o/2,l-o/2,o]}function X0([i,t,e],n,s,{maxShift:r,minSide:o}=IM){let a=Math.max(o*e,Math.min(e,n,s));i+=(e-a)/2,t+=(e-a)/2;let l=r*a,c=(h,u)=>h<0&&h+a<=u?h+Math.min(-h,l,u-(h+a)):h+a>u&&h>=0?h-Math.min(h+a-u,l,h):h;return[c(i,n),c(t,s),a]}function $0(i,[t,e,n],s){let r=s/n;return i.map(([o,a,l])=>[(o-t)*r,(a-e)*r,l*r])}var is="photocall-landmarks\0";function NM(i){let t=is.length+3+i.length*12,e=new Uint8Array(4+t),n=new DataView(e.buffer);e[0]=255,e[1]=235,n.setUint16(2,t+2);for(let r=0;r<is.length;r++)e[4+r]=is.charCodeAt(r);let s=4+is.length;e[s]=1,n.setUint16(s+1,i.length,!0),s+=3;for(let r of i)for(let o of r)n.setFloat32(s,o,!0),s+=4;return e}function q0(i,t){if(i[0]!==255||i[1]!==216)throw new Error("not a JPEG");let e=NM(t),n=new Uint8Array(i.length+e.length);return n.set(i.subarray(0,2)),n.set(e,2),n.set(i.subarray(2),2+e.length),n}function Y0(i,t=null){if(i.length<4||i[0]!==255||i[1]!==216)return null;let e=new DataView(i.buffer,i.byteOffset,i.byteLength),n=2;for(;n+4<=i.length;){if(i[n]!==255)return null;let s=i[n+1];if(s===255){n+=1;continue}if(s===1||s>=208&&s<=215){n+=2;continue}if(s===217||s===218)return null;let r=e.getUint16(n+2);if(r<2||n+2+r>i.length)return null;if(s===235&&r-2>=is.length&&[...is].every((o,a)=>i[n+4+a]===o.charCodeAt(0)))return FM(e,n+4+is.length,r-2-is.length,t);n+=2+r}return null}var Jf=478,qc=.5;function FM(i,t,e,n){if(e!==3+Jf*12||i.getUint8(t)!==1||i.getUint16(t+1,!0)!==Jf)return null;let s=[];for(let r=0,o=t+3;r<Jf;r++,o+=12){let a=[i.getFloat32(o,!0),i.getFloat32(o+4,!0),i.getFloat32(o+8,!0)];if(!a.every(Number.isFinite)||n&&(a[0]<-qc*n[0]||a[0]>(1+qc)*n[0]||a[1]<-qc*n[1]||a[1]>(1+qc)*n[1]))return null;s.push(a)}return s}var Kf="face_mesh/",Z0=null;function OM(){return Z0??=new Promise((i,t)=>{if(typeof document>"u"){t(new Error("the face mesh runs on the page, not in a worker"));return}let e=document.createElement("script");e.src=`${Kf}face_mesh.js`,e.onload=()=>i(window.FaceMesh),e.onerror=()=>t(new Error(`${Kf}face_mesh.js did not load`)),document.head.append(e)}),Z0}var Yc=null,Fo=class extends Error{};async function BM(){if(Yc)return Yc;let i=await OM(),t=new i({locateFile:e=>`${Kf}${e}`});return t.setOptions({maxNumFaces:1,refineLandmarks:!0,staticImageMode:!0,minDetectionConfidence:.5}),await t.initialize(),Yc=t,Yc}async function kM(i){let t=await BM(),n=(await new Promise((o,a)=>{t.onResults(o),t.send({image:i}).catch(a)})).multiFaceLandmarks?.[0];if(!n||n.length!==478)return null;let{width:s,height:r}=i;return n.map(o=>[o.x*s,o.y*r,o.z*s])}async function J0(i,t=512){let e=await createImageBitmap(new Blob([i]),{imageOrientation:"from-image"}),n=document.createElement("canvas");n.width=e.width,n.height=e.height,n.getContext("2d").drawImage(e,0,0),e.close();let s;try{s=await kM(n)}catch(u){throw new Fo(`the face finder (MediaPipe face mesh) could not run in this browser: ${u.message||u}`)}if(!s)throw new Error("no face was found in this photo: choose a photo where one face looks at the camera");let r=X0(W0(s),n.width,n.height),o=document.createElement("canvas");o.width=o.height=t;let a=o.getContext("2d");a.imageSmoothingQuality="high";let l=t/r[2];a.drawImage(n,0,0,n.width,1,(0-r[0])*l,-t,n.width*l,t+(0-r[1])*l),a.drawImage(n,0,n.height-1,n.width,1,(0-r[0])*l,(n.height-r[1])*l,n.width*l,t*2),a.drawImage(n,0,0,1,n.height,-t,(0-r[1])*l,t+(0-r[0])*l,n.height*l),a.drawImage(n,n.width-1,0,1,n.height,(n.width-r[0])*l,(0-r[1])*l,t*2,n.height*l),a.drawImage(n,(0-r[0])*l,(0-r[1])*l,n.width*l,n.height*l);let c=await new Promise(u=>o.toBlob(u,"image/jpeg",.92)),h=$0(s,r,t);return{crop:q0(new Uint8Array(await c.arrayBuffer()),h),landmarks:h,box:r,size:[n.width,n.height],points:s}}var Zc=Object.freeze({cx:.5,eyeY:.42,eyeX:.12,mouthY:.66,mouthW:.085,chinY:.8,browY:.35,faceW:.34});function zM(i,t){let e=new Uint8Array(t*t);for(let d=0;d<t*t;d++){let g=i[4*d],E=i[4*d+1],x=i[4*d+2],p=.299*g+.587*E+.114*x,M=128-.168736*g-.331264*E+.5*x,A=128+.5*g-.418688*E-.081312*x;e[d]=p>60&&M>77&&M<120&&A>140&&A<173?1:0}let n=new Int32Array(t*t).fill(-1),s=null;for(let d=0;d<t*t;d++){if(!e[d]||n[d]>=0)continue;let g=[d];n[d]=d;let E=[];for(;g.length;){let x=g.pop(),p=x%t,M=x/t|0;E.push(x);for(let A of[p>0?x-1:-1,p<t-1?x+1:-1,M>0?x-t:-1,M<t-1?x+t:-1])A>=0&&e[A]&&n[A]<0&&(n[A]=d,g.push(A))}(!s||E.length>s.length)&&(s=E)}if(!s||s.length<.02*t*t||s.length>.5*t*t)return{...Zc,found:!1};let r=s.map(d=>d/t|0),o=Math.min(...r)/t,a=(Math.max(...r)+1)/t,l=a-o,c=(o+l/2)*t,h=s.filter(d=>(d/t|0)>=c).map(d=>d%t).sort((d,g)=>d-g),u=((h.length?h[h.length>>1]:s[0]%t)+.5)/t,f=.75*l;return f<.1||f>.9?{...Zc,found:!1}:{cx:u,faceW:f,found:!0,browY:o+.33*l,eyeY:o+.46*l,eyeX:.2*f,mouthY:o+.73*l,mouthW:.17*f,chinY:a}}var GM=(i,t,e)=>Math.min(e,Math.max(t,i)),jf=(i,t,e)=>{let n=GM((e-i)/(t-i),0,1);return n*n*(3-2*n)};function HM(i,t,e,n){let s=i.faceW/Zc.faceW,r=(l,c)=>Math.max(0,1-(l/(c*s))**2)**2,o=e-i.cx,a=1-jf(.5*i.faceW,.8*i.faceW,Math.abs(o));switch(t){case"jawOpen":{let l=jf(i.mouthY-.005,i.mouthY+.01,n)*(1-jf(i.chinY,i.chinY+.12,n));return[0,.05*s*l*a]}case"eyeBlinkLeft":case"eyeBlinkRight":{let l=i.cx+(t.endsWith("Left")?i.eyeX:-i.eyeX),c=r(e-l,.06)*r(n-(i.eyeY-.015*s),.045);return[0,.028*s*c]}case"browInnerUp":return[0,-.025*s*r(Math.abs(o)-.04*s,.07)*r(n-i.browY,.06)];case"browOuterUpLeft":case"browOuterUpRight":case"browDownLeft":case"browDownRight":{let l=t.endsWith("Left")?1:-1,c=i.cx+l*(i.eyeX+(t.includes("Outer")?.03*s:0)),h=r(e-c,.08)*r(n-i.browY,.06);return[0,(t.includes("Down")?.02:-.025)*s*h]}case"mouthSmileLeft":case"mouthSmileRight":{let l=t.endsWith("Left")?1:-1,c=r(Math.hypot(e-(i.cx+l*i.mouthW),n-i.mouthY),.06);return[l*.012*s*c,-.018*s*c]}case"mouthPucker":{let l=r(Math.hypot(o/1.5,n-i.mouthY),.08);return[-.35*o*l,0]}default:return null}}function VM(){let i=Qi(128,64),t=i.getContext("2d"),e=t.createRadialGradient(64,32,4,64,32,62);return e.addColorStop(0,"rgba(40,6,10,1)"),e.addColorStop(.75,"rgba(70,15,20,0.95)"),e.addColorStop(1,"rgba(70,15,20,0)"),t.fillStyle=e,t.beginPath(),t.ellipse(64,32,62,31,0,0,2*Math.PI),t.fill(),t.fillStyle="rgba(240,236,225,0.95)",t.beginPath(),t.ellipse(64,6,40,12,0,0,Math.PI),t.fill(),new Gi(i)}var Fn={forehead:10,chin:152,edgeR:234,edgeL:454,eyes:[33,133,362,263],eyeR:[33,133],eyeL:[362,263],lips:[13,14],mouthR:61,mouthL:291,brows:[105,334]};function WM(i,t,e){let n=Math.min(t,e),s=(t-n)/2,r=(e-n)/2,o=h=>(i[h][0]-s)/n,a=h=>(i[h][1]-r)/n,l=(h,u)=>h.reduce((f,d)=>f+u(d),0)/h.length,c=o(Fn.edgeL)-o(Fn.edgeR);return{cx:(o(Fn.edgeL)+o(Fn.edgeR))/2,faceW:c,found:!0,source:"landmarks",browY:l(Fn.brows,a),eyeY:l(Fn.eyes,a),eyeX:(l(Fn.eyeL,o)-l(Fn.eyeR,o))/2,mouthY:l(Fn.lips,a),mouthW:(o(Fn.mouthL)-o(Fn.mouthR))/2,chinY:a(Fn.chin)}}var Jc=class{constructor(t,e=!0){this.renderer=new Ji({canvas:t,antialias:e,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(1),this.scene=new wi,this.scene.background=new Jt(2105384),this.camera=new ps(-.5,.5,.5,-.5,.1,10),this.camera.position.z=2,this.group=new sn,this.scene.add(this.group),this.mesh=null,this.hasPhoto=!1}async setPhoto(t){let e=await createImageBitmap(new Blob([t])),n=Math.min(e.width,e.height),s=Qi(512,512);s.getContext("2d").drawImage(e,(e.width-n)/2,(e.height-n)/2,n,n,0,0,512,512);let o=Qi(64,64).getContext("2d",{willReadFrequently:!0});o.drawImage(s,0,0,64,64);let a=Y0(t,[e.width,e.height]);this.layout=a?WM(a,e.width,e.height):{...zM(o.getImageData(0,0,64,64).data,64),source:"skin"};let l=new Gi(s);l.colorSpace=Ke,this.mesh&&(this.group.remove(this.mesh),this.group.remove(this.cavity)),this.mesh=this.buildPlane(l),this.cavity=this.buildCavity(),this.group.add(this.mesh,this.cavity),this.hasPhoto=!0}buildPlane(t){let e=new Ln(1,1,96,96),n=e.attributes.position;e.morphAttributes.position=Object.keys(tn).map(r=>{let o=new Float32Array(n.count*3);for(let a=0;a<n.count;a++){let l=n.getX(a)+.5,c=.5-n.getY(a),h=HM(this.layout,r,l,c);h&&(o[3*a]=h[0],o[3*a+1]=-h[1])}return new Qe(o,3)}),e.morphTargetsRelative=!0;let s=new He(e,new Si({map:t}));return s.morphTargetInfluences=new Array(te).fill(0),s}buildCavity(){let t=this.layout,e=t.faceW/Zc.faceW,n=t.mouthW*1.7,s=new Ln(n,.002,8,2),r=s.attributes.position,o=new Float32Array(r.count*3);for(let l=0;l<r.count;l++)r.getY(l)<0&&(o[3*l+1]=-.05*e);s.morphAttributes.position=[new Qe(o,3)],s.morphTargetsRelative=!0,s.translate(t.cx-.5,.5-t.mouthY,.01);let a=new He(s,new Si({map:VM(),transparent:!0,depthWrite:!1}));return a.morphTargetInfluences=[0],a}setMotion(t,e){if(this.mesh){for(let n=0;n<te;n++)this.mesh.morphTargetInfluences[n]=t[n];this.cavity.morphTargetInfluences[0]=t[tn.jawOpen],this.group.rotation.set(e[0]*.5,e[1]*.5,-e[2],"YXZ"),this.group.position.set(e[3]*.3,-e[4]*.3,0)}}render(){this.hasPhoto&&(this.renderer.render(this.scene,this.camera),this.frames=(this.frames??0)+1)}};var Kc=class{constructor(t,e=!0){this.canvas=t,this.ctx=t.getContext("2d"),this.antialias=e,this.template=null,this.graph=null,this.frame=null,this.weights=null,this.pose=null,this.busy=!1,this.pending=!1,this.hasPhoto=!1,this.mode=null,this.why="",this.frames=0,this.runMs=[],this.onFrame=null}get lastFrame(){return this.hasPhoto?this.mode==="graph"?this.frame:this.template.renderer.domElement:null}async setPhoto(t,e=null,{awaitGraph:n=!1,why:s=""}={}){let r;if(!e&&n){let o=await createImageBitmap(new Blob([t])),a=Math.min(o.width,o.height);return this.ctx.drawImage(o,(o.width-a)/2,(o.height-a)/2,a,a,0,0,this.canvas.width,this.canvas.height),o.close(),this.mode="waiting",this.why="waiting for the render graph",this.hasPhoto=!1,{mode:this.mode,why:this.why}}if(!e)r=s||"the photo came without its render graph";else if(!Us())r="this browser has no WebAssembly SIMD (onnxruntime-web cannot run)";else try{let o=await H0(e);return await this.graph?.release(),this.graph=o,this.frame=Qi(o.size,o.size),this.draw(o.rgba),this.mode="graph",this.why="onnxruntime-web (WebAssembly)",this.hasPhoto=!0,{mode:this.mode,why:this.why}}catch(o){r=`onnxruntime-web could not run the graph: ${o.message||o}`}return await this.graph?.release(),this.graph=null,this.template??=new Jc(Qi(this.canvas.width,this.canvas.height),this.antialias),await this.template.setPhoto(t),this.mode="template",this.why=r,this.hasPhoto=!0,{mode:this.mode,why:r}}setMotion(t,e){this.weights=t,this.pose=e,this.template?.setMotion(t,e),this.pending=!0}draw(t){let e=this.graph.size;this.frame.getContext("2d").putImageData(new ImageData(t,e,e),0,0),this.ctx.imageSmoothingQuality="high",this.ctx.drawImage(this.frame,0,0,this.canvas.width,this.canvas.height),this.frames++,this.onFrame?.(this.frame,"graph")}render(){if(!this.hasPhoto)return;if(this.mode==="template"){this.template.render(),this.ctx.drawImage(this.template.renderer.domElement,0,0,this.canvas.width,this.canvas.height),this.frames++,this.onFrame?.(this.template.renderer.domElement,"template");return}if(this.busy||!this.pending||!this.weights)return;this.busy=!0,this.pending=!1;let t=this.graph,e=performance.now();this.running=t.run(this.weights,this.pose).then(n=>{t===this.graph&&(this.runMs.push(performance.now()-e),this.runMs.length>100&&this.runMs.shift(),this.draw(n))}).catch(n=>{console.warn("render graph:",n)}).finally(()=>{this.busy=!1})}async renderNow(){if(this.mode!=="graph"){this.render();return}await this.running,this.pending=!0,this.render(),await this.running}};var jc=class{constructor(t,{software:e=Ql()}={}){this.software=e;let n=!e;this.antialias=n,this.renderer=new Ji({canvas:t,antialias:n,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(1),this.renderer.setSize(t.width,t.height,!1),this.scene=new wi,this.scene.background=new Jt(2105384),this.camera=new je(30,t.width/t.height,.01,20),this.scene.add(new ds(16777215,4210768,1.6));let s=new qi(16777215,1.8);s.position.set(.6,.8,1.2),this.scene.add(s),this.head=new pr;let r=new sn;r.scale.setScalar(.2),r.position.set(0,.02,-.8),r.add(this.head.group),this.scene.add(r),this.faces=new Map,this.headFrames=0,this.droppedFaceFrames=0}addFace(t,e){let n=new Kc(e,this.antialias);return this.faces.set(t,n),n}async dropFace(t){let e=this.faces.get(t);this.faces.delete(t),this.droppedFaceFrames+=e?.frames??0,await e?.graph?.release()}get photo(){return this.faces.values().next().value??null}setMotion(t,e,n={}){this.head.setMotion(t,e);for(let[s,r]of Object.entries(n))this.faces.get(s)?.setMotion(r.weights,r.pose)}render(){this.renderer.render(this.scene,this.camera),this.headFrames++;for(let t of this.faces.values())t.render()}get photoFrames(){let t=this.droppedFaceFrames;for(let e of this.faces.values())t+=e.frames;return t}};var XM=1,Qf=.22,K0=.12,$M=1.75,qM=.08,j0=[.35,1.2],Oo=Object.freeze({cx:.5,eyeY:.3,faceW:.37});function YM(i,t){let e=i.map(l=>Math.min(j0[1],Math.max(j0[0],Qf/l.faceW))),n=e.reduce((l,c)=>l+c,0)+K0*Math.max(0,e.length-1),s=Math.max(XM,n/$M),r=-n/2,o=i.map((l,c)=>{let h=e[c],u=(r+h/2)/s;r+=h+K0;let f=-(l.cx-.5)*h;return{x:s*Math.sin(u)+f*Math.cos(u),y:(l.eyeY-.5)*h,z:-s*Math.cos(u)+f*Math.sin(u),width:h,yaw:-u}}),a=null;if(t||!o.length){let l=o.length?(-n/2-.2)/s:0,c=s*Math.sin(l),h=-s*Math.cos(l);a={x:c,y:-qM*Qf,z:h,scale:Qf,yaw:Math.atan2(-c,-h)}}return{panels:o,head:a,distance:s}}var td=class{constructor(t){this.id=t,this.canvas=typeof document<"u"?document.createElement("canvas"):new OffscreenCanvas(256,256),this.canvas.width=this.canvas.height=256,this.ctx=this.canvas.getContext("2d"),this.ctx.fillStyle="#202028",this.ctx.fillRect(0,0,256,256),this.texture=new Gi(this.canvas),this.texture.colorSpace=Ke,this.group=new sn;let e=new He(new Ln(1,1),new Si({map:this.texture,toneMapped:!1})),n=new He(new Ln(1.04,1.04),new Vi({color:1381658,roughness:.8}));n.position.z=-.005,this.group.add(n,e),this.layout=Oo,this.source=null,this.frames=0}setFrame(t,e){(this.canvas.width!==t.width||this.canvas.height!==t.height)&&(this.canvas.width=t.width,this.canvas.height=t.height,this.texture.dispose()),this.ctx.drawImage(t,0,0),this.texture.needsUpdate=!0,this.source=e,this.frames++}dispose(){this.texture.dispose()}},Qc=class{constructor(t,{showHead:e=!1,software:n=!1}={}){this.renderer=new Ji({canvas:t,antialias:!n,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(1),this.scene=new wi,this.scene.background=new Jt(2763315),this.camera=new je(90,t.width/t.height,.05,50),this.scene.add(new ds(16774894,3158080,1.4));let s=new qi(16777215,1.6);s.position.set(-.6,.8,.6);let r=new qi(14542591,.5);r.position.set(.8,.1,.5),this.scene.add(s,r);let o=new Vi({color:3881796,roughness:1});for(let a of[-1,1]){let l=new He(new Ln(80,40),o);l.rotation.x=-Math.PI/2,l.position.set(0,-1.2,a*20.3),this.scene.add(l)}this.showHead=e,this.head=new pr,this.headHolder=new sn,this.headHolder.add(this.head.group),this.scene.add(this.headHolder),this.panels=new Map,this.layout=null,this.frames=0,this.place()}setFace(t,e=Oo){let n=this.panels.get(t);return n||(n=new td(t),this.panels.set(t,n),this.scene.add(n.group)),n.layout=e,this.place(),n}dropFace(t){let e=this.panels.get(t);e&&(this.scene.remove(e.group),e.dispose(),this.panels.delete(t),this.place())}setFrame(t,e,n){this.panels.get(t)?.setFrame(e,n)}setShowHead(t){this.showHead=t,this.place()}place(){let t=[...this.panels.values()];this.layout=YM(t.map(n=>n.layout),this.showHead),this.layout.panels.forEach((n,s)=>{let r=t[s].group;r.position.set(n.x,n.y,n.z),r.rotation.set(0,n.yaw,0),r.scale.setScalar(n.width),n.id=t[s].id});let{head:e}=this.layout;this.headHolder.visible=!!e,e&&(this.headHolder.position.set(e.x,e.y,e.z),this.headHolder.scale.setScalar(e.scale),this.headHolder.rotation.set(0,e.yaw,0))}panelStats(){return[...this.panels.values()].map(t=>({id:t.id,source:t.source,frames:t.frames,width:t.canvas.width}))}setMotion(t,e){this.head.setMotion(t,e)}render(){this.renderer.render(this.scene,this.camera),this.frames++}dispose(){for(let t of this.panels.values())t.dispose();this.renderer.dispose()}};var Q0=["opus","motion-v1","photo"],de=i=>document.getElementById(i),ed=class{constructor(){this.stats=yg(),this.stats.joined=!1,this.stats.peer=null,this.stats.links=0,this.stats.send={started:!1,device:"",packetsSent:0,packetsWithheld:0,bytesSent:0,motionFramesSent:0,samplesCaptured:0,encodeErrors:0,motionSource:null,chunkMs:null,motionOverloads:0},this.participants=new Map,this.tiles=new Map,this.photoRequests=new Map,this.weights=new Float32Array(te),this.pose=new Float32Array(6),this.logLines=[],this.stats.renderedFrames=0,this.stats.photoFrames=0,this.setupScene(),this.setupVR()}log(t){console.log(`[photocall] ${t}`),this.logLines.push(`${new Date().toISOString().slice(11,19)} ${t}`),this.logLines.length>40&&this.logLines.shift(),de("log").textContent=this.logLines.join(`
`)}setupScene(){let t=de("head");if(this.stats.softwareGL=Ql(),this.stats.faces={},typeof Worker<"u"&&"transferControlToOffscreen"in t){this.worker=new Worker("render-worker.js"),this.captures=new Map,this.worker.onmessage=r=>this.onWorker(r.data),this.worker.onerror=r=>this.log(`render worker: ${r.message}`);let n=t.transferControlToOffscreen(),s=Number(new URLSearchParams(location.search).get("threads"))||void 0;this.worker.postMessage({type:"init",head:n,threads:s},[n]),this.stats.renderer="worker"}else this.stage=new jc(t,{software:this.stats.softwareGL}),this.stats.renderer="main thread";let e=()=>{this.frame(),requestAnimationFrame(e)};requestAnimationFrame(e)}onWorker(t){if(t.type==="stats"){this.stats.renderedFrames=t.headFrames,this.stats.photoFrames=t.photoFrames,this.stats.faces=t.faces;let e=Object.values(t.faces)[0];this.stats.graphRunMs=e?.graphRunMs??null}else t.type==="frame"?(this.xrStage?.setFrame(t.face,t.bitmap,t.mode),t.bitmap.close()):t.type==="photo"?(this.photoRequests.get(t.ref)?.(t),this.photoRequests.delete(t.ref)):(t.type==="capture"||t.type==="bench")&&(this.captures.get(t.id)?.(t),this.captures.delete(t.id))}tile(t,e=t){let n=this.tiles.get(t);if(n)return n;let s=document.createElement("figure");s.className="face",s.dataset.peer=t;let r=document.createElement("figcaption"),o=document.createElement("b");o.textContent=e===t?t:`${e} (${t})`;let a=document.createElement("span");a.className="hint mode",a.textContent="(no photo yet)",r.append(o," ",a);let l=document.createElement("canvas");if(l.width=l.height=480,s.append(r,l),de("faces").append(s),de("faces").classList.toggle("many",this.tiles.size>=1),n={id:t,figure:s,canvas:l,modeEl:a,weights:new Float32Array(te),pose:new Float32Array(6),mode:null,layout:Oo},this.tiles.set(t,n),this.worker){let c=l.transferControlToOffscreen();this.worker.postMessage({type:"face",face:t,canvas:c},[c])}else this.stage.addFace(t,l).onFrame=(c,h)=>this.xrStage?.setFrame(t,c,h);return this.xrStage?.setFace(t,n.layout),n}dropTile(t){let e=this.tiles.get(t);e&&(e.figure.remove(),this.tiles.delete(t),this.handovers?.delete(t),de("faces").classList.toggle("many",this.tiles.size>1),this.worker?this.worker.postMessage({type:"drop",face:t}):this.stage.dropFace(t),this.xrStage?.dropFace(t),delete this.stats.faces[t],this.showModes())}async showTestFace({face:t="test",photoUrl:e,graphUrl:n=null}){let s=async l=>{let c=await fetch(l);if(!c.ok)throw new Error(`${l}: ${c.status}`);return new Uint8Array(await c.arrayBuffer())},r=await s(e),o=n&&await $c(await s(n));this.tile(t);let a=await this.toRenderer({face:t,bytes:r,graph:o,awaitGraph:!1,why:"a test face without a graph"});return this.showMode(a,t),{mode:a.mode,why:a.why}}async benchGraphs({urls:t,frames:e,keep:n=0,repeat:s=1,optimization:r="basic",hold:o=!1,workers:a=!0}){if(!this.worker)throw new Error("no render worker in this browser");let l=await Promise.all(t.map(async g=>{let E=await fetch(g);if(!E.ok)throw new Error(`${g}: ${E.status}`);return new Uint8Array(await E.arrayBuffer())})),c=performance.now(),h=[];for(let g of l)h.push(await $c(g));let u=h.length?(performance.now()-c)/h.length:0,f=this.captureId=(this.captureId??0)+1,d=await new Promise(g=>{this.captures.set(f,g),this.worker.postMessage({type:"bench",id:f,graphs:h.map(E=>E.buffer),frames:e,keep:n,repeat:s,optimization:r,hold:o,workers:a},h.map(E=>E.buffer))});if(d.error)throw new Error(d.error);return{...d.result,inflateMs:u}}async capture(t=null,e=null){let n=t!=null?this.tiles.get(t):this.tiles.values().next().value;t=n?.id??null;let s=Float32Array.from(e?.w??(n?n.weights:this.weights)),r=Float32Array.from(e?.p??(n?n.pose:this.pose)),o=c=>c&&new Promise(h=>{let u=new FileReader;u.onload=()=>h(u.result),u.readAsDataURL(c)});if(!this.worker){this.stage.setMotion(s,r,t!=null?{[t]:{weights:s,pose:r}}:{}),this.stage.render();let c=t!=null?this.stage.faces.get(t):null;return c?.hasPhoto&&await c.renderNow(),{jaw:s[17],head:de("head").toDataURL(),photo:c?.hasPhoto?n.canvas.toDataURL():null}}let a=this.captureId=(this.captureId??0)+1,l=await new Promise(c=>{this.captures.set(a,c),this.worker.postMessage({type:"capture",id:a,face:t,weights:s,pose:r})});return{jaw:s[17],head:await o(l.head),photo:await o(l.photo)}}async setupVR(){let t=de("vr-button");if(!navigator.xr)return;let e=!1;try{e=await navigator.xr.isSessionSupported("immersive-vr")}catch{e=!1}this.stats.vrSupported=e,e&&(t.hidden=!1,t.onclick=async()=>{if(this.xrStage){await this.xrStage.renderer.xr.getSession()?.end();return}let n;try{n=await navigator.xr.requestSession("immersive-vr",{optionalFeatures:["local-floor"]})}catch(o){this.log(`VR could not start: ${o.message}`);return}let s=document.createElement("canvas");s.width=1024,s.height=512;let r=new Qc(s,{showHead:de("vr-head").checked,software:this.stats.softwareGL});this.xrStage=r;for(let o of this.tiles.values())r.setFace(o.id,o.layout);if(this.worker)this.worker.postMessage({type:"vr",on:!0});else for(let[o,a]of this.stage.faces)a.lastFrame&&r.setFrame(o,a.lastFrame,a.mode);r.renderer.xr.enabled=!0,r.renderer.xr.setReferenceSpaceType("local"),await r.renderer.xr.setSession(n),r.renderer.setAnimationLoop(()=>{r.setMotion(this.weights,this.pose),r.render(),this.stats.vr={frames:r.frames,layout:r.layout,panels:r.panelStats()}}),de("vr-preview").replaceChildren(s),de("vr-preview-section").hidden=!1,t.textContent="Exit VR",n.addEventListener("end",()=>{t.textContent="Enter VR",r.renderer.setAnimationLoop(null),this.worker?.postMessage({type:"vr",on:!1}),r.dispose(),de("vr-preview-section").hidden=!0,de("vr-preview").replaceChildren(),this.xrStage=null})},de("vr-head").onchange=()=>this.xrStage?.setShowHead(de("vr-head").checked))}async join({room:t,peer:e,token:n=null,name:s="browser",url:r=null,iceServers:o=[],sfu:a=null}){if(this.mesh)return;this.name=s.slice(0,32),this.ctx=new AudioContext({sampleRate:48e3,latencyHint:"interactive"}),this.ctx.resume().catch(()=>{}),this.output=this.ctx.destination;let l=r||`${location.protocol==="https:"?"wss":"ws"}://${location.host}/`;try{this.mesh=a?new nc({sfu:a,room:t,peer:e,name:this.name,iceServers:o},this,c=>this.log(c)):new ec({url:l,room:t,peer:e,token:n||null,iceServers:o},this,c=>this.log(c)),await this.mesh.start()}catch(c){throw this.mesh=null,this.status(`Could not join: ${c.message}`),c}Object.assign(this.stats,{joined:!0,peer:e,room:t}),this.prepareAt={base:a?location.href:l,room:t,token:n||null},this.myPhoto&&this.makeGraph(),this.tickClock=new Rc,this.tickTimer=setInterval(()=>this.tick(),10),this.status(`In room "${t}" as ${e}. Waiting for others\u2026`),de("mic-button").disabled=!1,de("leave-button").disabled=!1,de("join-button").disabled=!0}status(t){de("status").textContent=t}linkOpen(t){this.participants.get(t.remote)?.close();let e=new Cc(t.remote,this.ctx,this.output,this.stats,n=>this.showPhoto(n,t,e));e.onGraph=(n,s,r)=>this.showGraph(e,n,s,r),e.link=t,this.participants.set(t.remote,e),this.stats.links=this.mesh.openLinks().length,t.send("control",this.heartbeat()),this.myPhoto&&this.sendPhoto(t),this.status(`Connected with ${[...this.participants.keys()].join(", ")}.`)}linkMessage(t,e,n){let s=this.participants.get(t.remote);s?.onMessage(e,n),s&&this.offerGraph(s),s?.mismatch&&(this.log(`${t.remote}: ${s.mismatch}`),t.send("control",Un(new es("protocol-mismatch",s.mismatch))),s.mismatch=null)}linkClosed(t,e){let n=this.participants.get(t.remote);if(n&&n.link!==t)return;n?n.gone=!0:this.dropTile(t.remote),this.mesh&&(this.stats.links=this.mesh.openLinks().length);let s=[...this.participants.values()].filter(r=>!r.gone).map(r=>r.remote);this.status(s.length?`Connected with ${s.join(", ")}.`:`${t.remote} left (${e}). Waiting for others\u2026`)}heartbeat(){let t=this.mic?this.myPhoto?Q0:Q0.filter(s=>s!=="photo"):["render"],e=Us()?["wants-render-graph"]:[],n=this.myPhoto&&this.graphJob?["render-graph"]:[];return Un(new bo(this.name,[...t,...Om,...e,...n]))}async setPhoto(t){let e=de("my-photo-note");e.textContent="Looking for the face in your photo\u2026";let n,s=new Uint8Array(await t.arrayBuffer());try{n=await J0(s)}catch(r){if(r instanceof Fo){e.textContent=`Your photo is sent unchecked and uncropped: ${r.message}`,this.myPhoto=s,this.myPhotoId=Math.floor(Math.random()*2**32),this.stats.myPhoto={ok:!0,unchecked:r.message,bytes:s.length},this.makeGraph();for(let a of this.mesh?.openLinks()??[])this.sendPhoto(a);return this.stats.myPhoto}let o=`Your photo was not used: ${r.message||r}`;return e.textContent=o,e.classList.add("error"),this.stats.myPhoto={ok:!1,error:o},this.log(o),this.stats.myPhoto}e.classList.remove("error"),this.myPhoto=n.crop,this.myPhotoId=Math.floor(Math.random()*2**32),this.stats.myPhoto={ok:!0,landmarks:n.landmarks,box:n.box,size:n.size,bytes:n.crop.length},e.textContent=`Your photo: face found (478 landmarks), cropped around it as the Python sender does, sent with its landmarks (${n.crop.length} bytes).`,this.makeGraph();for(let r of this.mesh?.openLinks()??[])this.sendPhoto(r);return this.stats.myPhoto}async setPhotoFromUrl(t){let e=await fetch(t);if(!e.ok)throw new Error(`${t}: ${e.status}`);return this.setPhoto(await e.blob())}sendPhoto(t){try{t.send("control",this.heartbeat());for(let e of Vm(this.myPhoto,this.myPhotoId))t.send("control",Un(e))}catch(e){this.log(`photo not sent: ${e.message}`)}this.graphJob&&t===this.mesh?.publishLink&&this.sendGraph(t,this.graphJob)}makeGraph(){if(!this.prepareAt||!this.myPhoto)return;let t=this.myPhotoId,e=performance.now(),n=de("my-graph-note");n.textContent="Your photo is being prepared by the server into its render graph (the real renderer, for the others' pages)\u2026",n.classList.remove("error"),this.stats.myGraph={state:"preparing"};let s={photoId:t,promise:qm(this.prepareAt.base,this.myPhoto,this.prepareAt)};this.graphJob=s,s.promise.then(r=>{if(this.graphJob!==s)return;let o=performance.now()-e;this.stats.myGraph={state:"ready",bytes:r.length,ms:o},n.textContent=`Your photo's render graph is ready (${(r.length/1e6).toFixed(1)} MB, ${(o/1e3).toFixed(1)} s): the others' pages animate your photo with the real renderer.`},r=>{this.graphJob===s&&(this.stats.myGraph={state:"failed",error:r.message,status:r.status??null},n.textContent=`No render graph for your photo (${r.message}): the others' pages show it by the FALLBACK template warp.`,n.classList.add("error"),this.log(`my photo's render graph: ${r.message}`))});for(let r of this.participants.values())this.offerGraph(r)}offerGraph(t){let e=this.graphJob;!e||!t.link||t.graphSentFor===e.photoId||!t.capabilities.includes("wants-render-graph")||this.mesh?.publishLink||(t.graphSentFor=e.photoId,this.sendGraph(t.link,e))}sendGraph(t,e){e.promise.then(n=>{if(!(this.graphJob!==e||t.closed)){for(let s of Wm(n,e.photoId))t.send("control",Un(s));this.stats.graphsSent=(this.stats.graphsSent??0)+1}},n=>{this.graphJob!==e||t.closed||t.send("control",Un(new es("render-graph-failed",n.message.slice(0,500))))})}async startMic(){if(!this.mic){this.mic=new Uc(this.ctx,t=>{for(let e of this.mesh.openLinks()){let n=this.participants.get(e.remote)?.mediaVersion;n&&e.send("media",t[n])}},this.stats.send);try{await this.mic.start(),de("mic-button").textContent="Stop my microphone";let t=this.stats.send.motionSource;this.log(`sending microphone "${this.stats.send.device}" (Opus 16 kbit/s in 40 ms packets; motion: ${t==="model"?"the learned mouth model (onnxruntime-web)":`loudness fallback, the model cannot run here (${t.slice(10)})`})`),this.showMotionSource(t)}catch(t){throw this.mic=null,this.log(`microphone: ${t.message}`),t}}}showMotionSource(t){de("motion-note").textContent=t==="model"?"Your face motion comes from the learned audio-to-motion model, run in this page (onnxruntime-web, WebAssembly).":`Your face motion is a simple FALLBACK (loudness opens the jaw, random blinks): the learned model cannot run in this browser (${t.slice(10)}).`}async motionOfSamples(t,e=0){let n=Uint8Array.from(atob(t),d=>d.charCodeAt(0)),s=new Float32Array(n.buffer),r=[],o=[],a=[],l=new _r((d,g)=>{r.push(...d),g!=null&&o.push(g)});await l.start(e),await _g(s,48e3,d=>{a.push(d.slice()),l.push(d)});let{modelMs:c}=await l.flush();l.stop();let h=new Float32Array(a.length*a[0].length);a.forEach((d,g)=>h.set(d,g*d.length));let u="",f=new Uint8Array(h.buffer);for(let d=0;d<f.length;d+=32768)u+=String.fromCharCode(...f.subarray(d,d+32768));return o.sort((d,g)=>d-g),{frames:r.map(d=>({t:d.t,w:Array.from(d.w),p:Array.from(d.p)})),heard:btoa(u),chunkMs:{median:o[Math.floor(o.length/2)],p90:o[Math.floor(o.length*.9)],n:o.length},modelMs:c}}stopMic(){this.mic?.stop(),this.mic=null,de("mic-button").textContent="Send my microphone"}leave(){for(let t of this.mesh?.openLinks()??[])t.send("control",Un(new Eo("left")));this.stopMic(),this.mesh?.close(),this.mesh=null,clearInterval(this.tickTimer),this.stats.joined=!1,de("join-button").disabled=!1,de("leave-button").disabled=!0,de("mic-button").disabled=!0,this.status("Not connected.")}async showPhoto(t,e,n){let s=e.remote;n.photo=t;let r=Us()&&n.capabilities.includes("render-graph");r&&this.worker?this.worker.postMessage({type:"warm"}):r&&Us()&&G0(),this.tile(s,n.name||s);try{let o=await this.toRenderer({face:s,bytes:t,graph:null,awaitGraph:r,why:this.noGraphReason(n)});de("photo-note").textContent=`Photos from ${[...this.tiles.keys()].join(", ")}.`,this.stats.photoShown=!0,e.send("control",Un(new es("photo-accepted","photo ready"))),this.showMode(o,s)}catch(o){de("photo-note").textContent=`The photo from ${s} could not be shown: ${o.message}`,e.send("control",Un(new es("photo-rejected",`the browser could not decode it: ${o.message}`.slice(0,500))))}}noGraphReason(t){return Us()?t.capabilities.includes("render-graph")?"":"its sender sends no render graph (a browser sender gets one from a photocall server that prepares photos; this one did not offer it)":"this browser has no WebAssembly SIMD, so onnxruntime-web cannot run here"}async showGraph(t,e,n,s){if(!(!t.photo||e!==t.photoId)){this.stats.graphArrivedAt=performance.now();try{let r=n&&await $c(n),o=await this.toRenderer({face:t.remote,bytes:t.photo,graph:r,awaitGraph:!1,why:`its sender could not make the render graph: ${s}`});this.stats.graphFirstFrameMs=performance.now()-this.stats.graphArrivedAt,this.showMode(o,t.remote)}catch(r){this.log(`render graph from ${t.remote}: ${r.message}`)}}}toRenderer(t){this.handovers??=new Map;let n=(this.handovers.get(t.face)??Promise.resolve()).catch(()=>{}).then(()=>this.handOver(t));return this.handovers.set(t.face,n),n}async handOver({face:t,bytes:e,graph:n,awaitGraph:s,why:r}){let o;if(this.worker){let l=this.photoRef=(this.photoRef??0)+1;if(o=await new Promise(c=>{this.photoRequests.set(l,c),this.worker.postMessage({type:"photo",ref:l,face:t,bytes:e,graph:n,awaitGraph:s,why:r},n?[n.buffer]:[])}),!o.ok)throw new Error(o.error)}else{let l=this.stage.faces.get(t);o={...await l.setPhoto(e,n,{awaitGraph:s,why:r}),layout:l.mode==="template"?l.template.layout:null}}let a=this.tiles.get(t);return a&&(a.layout=o.layout??Oo,this.xrStage?.setFace(t,a.layout)),o}showMode({mode:t,why:e,layout:n=null},s){this.stats.photoMode=t,this.stats.faceModes={...this.stats.faceModes,[s]:t};let r={graph:"the real renderer: the photo's frame graph on onnxruntime-web (WebAssembly), as in the Python receiver",waiting:`still photo: waiting for its render graph from ${s}`,template:`FALLBACK template warp (${n?.source==="landmarks"?"placed by the landmarks its owner sent with the photo":"a skin-colour heuristic places the face"}): ${e}`}[t],o=this.tiles.get(s);o&&(o.mode=t,o.modeText=r,o.modeEl.textContent=`(${r})`),this.showModes(),this.log(`photo of ${s}: ${r}`)}showModes(){let t=[...this.tiles.values()].filter(e=>e.modeText);de("photo-mode").textContent=t.length===1?`(${t[0].modeText})`:t.length?`(${t.map(e=>`${e.id}: ${e.mode==="graph"?"the real renderer (onnxruntime-web)":e.mode==="template"?"FALLBACK template warp":"still photo"}`).join("; ")})`:"(the photo's frame graph on onnxruntime-web, where its sender sends one)"}tick(){this.tickClock.tick(performance.now()/1e3);let t=this.tickClock.lead();this.stats.scheduleLeadMs=Math.round(t*1e3);for(let[e,n]of this.participants)n.tick(t),n.gone&&n.drained()&&(n.close(),this.participants.delete(e),this.dropTile(e))}frame(){let t=!1,e={};this.scratch??={weights:new Float32Array(te),pose:new Float32Array(6)};for(let[s,r]of this.participants){let o=this.tiles.get(s)??this.scratch;r.face(o.weights,o.pose)&&(o!==this.scratch&&(e[s]={weights:o.weights,pose:o.pose}),t||(this.weights.set(o.weights),this.pose.set(o.pose),t=!0))}if(!t&&this.mic&&(this.weights.set(this.mic.lastWeights),this.pose.set(this.mic.lastPose)),this.worker)this.worker.postMessage({type:"motion",weights:this.weights,pose:this.pose,faces:e});else{let s=performance.now();if(!this.stage.software||s-(this.lastFrame??0)>=48){this.lastFrame=s,this.stage.setMotion(this.weights,this.pose,e),this.stage.render(),this.stats.renderedFrames=this.stage.headFrames,this.stats.photoFrames=this.stage.photoFrames;for(let[r,o]of this.stage.faces)this.stats.faces[r]={mode:o.mode,frames:o.frames}}}this.stats.currentWeights=Array.from(this.weights),this.stats.currentPose=Array.from(this.pose);let n=performance.now();(!this.lastStats||n-this.lastStats>250)&&(this.lastStats=n,this.showStats())}showStats(){let t=this.stats,e=t.jitter;t.send.chunkMs=this.mic?.medianChunkMs()??null,de("stats").textContent=[`links ${t.links}  packets ${t.packetsReceived} (media ${t.mediaPackets}, control ${t.controlPackets}, bad ${t.protocolErrors})`,`motion frames ${t.motionFramesReceived}  audio packets ${t.audioPacketsReceived}  decoded ${t.audioFramesDecoded} (${(t.audioSamplesDecoded/48e3).toFixed(1)} s)`,e?`jitter buffer target ${e.targetMs.toFixed(0)} ms depth ${e.depthMs.toFixed(0)} ms late ${e.late} lost ${e.lost} underruns ${e.underruns}`:"jitter buffer idle",`slots ${t.audioSlotsScheduled} concealed ${t.audioSlotsConcealed} late ${t.audioLate} decode errors ${t.decodeErrors}`,`jawOpen ${this.weights[17].toFixed(2)}  rendered frames ${t.renderedFrames}`,`sent ${t.send.packetsSent} packets (${t.send.packetsWithheld} withheld: silent), ${t.send.motionFramesSent} motion frames${t.send.motionSource?` (motion: ${t.send.motionSource})`:""}${this.mic?.medianChunkMs()!=null?`, ${this.mic.medianChunkMs().toFixed(2)} ms per 20 ms chunk`:""}`].join(`
`)}};function ZM(){let i=new ed;window.photocall=i,window.photocallStats=i.stats;let t=de("join"),e=new URLSearchParams(location.search);for(let r of["room","peer","token","name"])e.get(r)&&(t.elements[r].value=e.get(r));t.elements.peer.value||(t.elements.peer.value=`web-${Math.floor(Math.random()*2**32).toString(16).padStart(8,"0")}`);let n=[];try{n=Em(e)}catch(r){i.log(`ice: ${r.message}; joining without ICE servers`)}let s=()=>({room:t.elements.room.value.trim(),peer:t.elements.peer.value.trim(),token:t.elements.token.value.trim(),name:t.elements.name.value.trim()||"browser",iceServers:n,sfu:e.get("sfu")});t.addEventListener("submit",r=>{r.preventDefault(),i.join(s()).catch(()=>{})}),t.elements.photo.addEventListener("change",()=>{let r=t.elements.photo.files[0];r&&i.setPhoto(r)}),de("leave-button").onclick=()=>i.leave(),de("mic-button").onclick=()=>i.mic?i.stopMic():i.startMic().catch(()=>{}),(!window.isSecureContext||typeof AudioDecoder>"u")&&i.log("No WebCodecs here (the page needs https or http://localhost): faces still move, but audio cannot be decoded or sent."),e.get("autojoin")==="1"&&i.join(s()).catch(()=>{})}ZM();})();
/*! Bundled license information:

three/build/three.core.js:
three/build/three.module.js:
  (**
   * @license
   * Copyright 2010-2026 Three.js Authors
   * SPDX-License-Identifier: MIT
   *)

onnxruntime-web/dist/ort.wasm.bundle.min.mjs:
  (*!
   * ONNX Runtime Web v1.31.1
   * Copyright (c) Microsoft Corporation. All rights reserved.
   * Licensed under the MIT License.
   *)
*/
