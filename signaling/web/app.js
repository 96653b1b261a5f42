(()=>{var qi=(i=>typeof require<"u"?require:typeof Proxy<"u"?new Proxy(i,{get:(t,e)=>(typeof require<"u"?require:t)[e]}):i)(function(i){if(typeof require<"u")return require.apply(this,arguments);throw Error('Dynamic require of "'+i+'" is not supported')});var Yf=0,oh=1,Zf=2;var Xr=1,Jf=2,qs=3,Bi=0,un=1,Qn=2,is=0,Ys=1,ah=2,lh=3,ch=4,Kf=5;var ss=100,jf=101,Qf=102,td=103,ed=104,nd=200,id=201,sd=202,rd=203,hh=204,uh=205,od=206,ad=207,ld=208,cd=209,hd=210,ud=211,fd=212,dd=213,pd=214,ea=0,na=1,ia=2,Os=3,sa=4,ra=5,oa=6,aa=7,fh=0,md=1,gd=2,ti=0,dh=1,ph=2,mh=3,gh=4,_h=5,xh=6,yh=7;var vh=300,rs=301,Zs=302,za=303,Ga=304,la=1e3,Zn=1001,ca=1002,$e=1003,_d=1004;var $r=1005;var ln=1006,Va=1007;var xi=1008;var dn=1009,Sh=1010,wh=1011,Js=1012,Ha=1013,Gn=1014,Vn=1015,Hn=1016,Wa=1017,Xa=1018,os=1020,Mh=35902,bh=35899,Eh=1021,Ah=1022,Wn=1023,mi=1026,yi=1027,Th=1028,$a=1029,ki=1030,qa=1031;var Ya=1033,qr=33776,Yr=33777,Zr=33778,Jr=33779,Za=35840,Ja=35841,Ka=35842,ja=35843,Qa=36196,tl=37492,el=37496,nl=37488,il=37489,Kr=37490,sl=37491,rl=37808,ol=37809,al=37810,ll=37811,cl=37812,hl=37813,ul=37814,fl=37815,dl=37816,pl=37817,ml=37818,gl=37819,_l=37820,xl=37821,yl=36492,vl=36494,Sl=36495,wl=36283,Ml=36284,jr=36285,bl=36286;var Er=2300,ha=2301,Qo=2302,Qc=2303,th=2400,eh=2401,nh=2402;var xd=3200;var El=0,yd=1,vi="",on="srgb",Ar="srgb-linear",Tr="linear",me="srgb";var ta=7680;var vd=519,Sd=512,wd=513,Md=514,Rh=515,bd=516,Ed=517,Ch=518,Ih=519,Ad=35044;var Ph="300 es",Ln=2e3,Bs=2001;function r0(i){for(let t=i.length-1;t>=0;--t)if(i[t]>=65535)return!0;return!1}function o0(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function Rr(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function Td(){let i=Rr("canvas");return i.style.display="block",i}var wf={},ks=null;function Lh(...i){let t="THREE."+i.shift();ks?ks("log",t,...i):console.log(t,...i)}function Rd(i){let t=i[0];if(typeof t=="string"&&t.startsWith("TSL:")){let e=i[1];e&&e.isStackTrace?i[0]+=" "+e.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function zt(...i){i=Rd(i);let t="THREE."+i.shift();if(ks)ks("warn",t,...i);else{let e=i[0];e&&e.isStackTrace?console.warn(e.getError(t)):console.warn(t,...i)}}function Ht(...i){i=Rd(i);let t="THREE."+i.shift();if(ks)ks("error",t,...i);else{let e=i[0];e&&e.isStackTrace?console.error(e.getError(t)):console.error(t,...i)}}function wr(...i){let t=i.join(" ");t in wf||(wf[t]=!0,zt(...i))}function Cd(i,t,e){return new Promise(function(n,s){function r(){switch(i.clientWaitSync(t,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:s();break;case i.TIMEOUT_EXPIRED:setTimeout(r,e);break;default:n()}}setTimeout(r,e)})}var Id={[ea]:ea,[ia]:oa,[sa]:sa,[Os]:ra,[na]:na,[oa]:ia,[aa]:aa,[ra]:Os},Jn=class{addEventListener(t,e){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[t]===void 0&&(n[t]=[]),n[t].indexOf(e)===-1&&n[t].push(e)}hasEventListener(t,e){let n=this._listeners;return n===void 0?!1:n[t]!==void 0&&n[t].indexOf(e)!==-1}removeEventListener(t,e){let n=this._listeners;if(n===void 0)return;let s=n[t];if(s!==void 0){let r=s.indexOf(e);r!==-1&&s.splice(r,1)}}dispatchEvent(t){let e=this._listeners;if(e===void 0)return;let n=e[t.type];if(n!==void 0){t.target=this;let s=n.slice(0);for(let r=0,o=s.length;r<o;r++)s[r].call(this,t);t.target=null}}},je=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];var Rc=Math.PI/180,ua=180/Math.PI;function Qr(){let i=Math.random()*4294967295|0,t=Math.random()*4294967295|0,e=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(je[i&255]+je[i>>8&255]+je[i>>16&255]+je[i>>24&255]+"-"+je[t&255]+je[t>>8&255]+"-"+je[t>>16&15|64]+je[t>>24&255]+"-"+je[e&63|128]+je[e>>8&255]+"-"+je[e>>16&255]+je[e>>24&255]+je[n&255]+je[n>>8&255]+je[n>>16&255]+je[n>>24&255]).toLowerCase()}function re(i,t,e){return Math.max(t,Math.min(e,i))}function a0(i,t){return(i%t+t)%t}function Cc(i,t,e){return(1-e)*i+e*t}function Pd(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function Dh(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function l0(i,t){if(t.constructor===Float32Array)return i;let e=Dh(t);if(e===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/e,-1)}function c0(i,t){if(t.constructor===Float32Array)return i;let e=Dh(t);if(e===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*e)}var Ot=class{static{this.prototype.isVector2=!0}constructor(t=0,e=0){this.x=t,this.y=e}get width(){return this.x}set width(t){this.x=t}get height(){return this.y}set height(t){this.y=t}set(t,e){return this.x=t,this.y=e,this}setScalar(t){return this.x=t,this.y=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;default:throw new Error("THREE.Vector2: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y)}copy(t){return this.x=t.x,this.y=t.y,this}add(t){return this.x+=t.x,this.y+=t.y,this}addScalar(t){return this.x+=t,this.y+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this}subScalar(t){return this.x-=t,this.y-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this}multiply(t){return this.x*=t.x,this.y*=t.y,this}multiplyScalar(t){return this.x*=t,this.y*=t,this}divide(t){return this.x/=t.x,this.y/=t.y,this}divideScalar(t){return this.multiplyScalar(1/t)}applyMatrix3(t){let e=this.x,n=this.y,s=t.elements;return this.x=s[0]*e+s[3]*n+s[6],this.y=s[1]*e+s[4]*n+s[7],this}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this}clamp(t,e){return this.x=re(this.x,t.x,e.x),this.y=re(this.y,t.y,e.y),this}clampScalar(t,e){return this.x=re(this.x,t,e),this.y=re(this.y,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(re(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(t){return this.x*t.x+this.y*t.y}cross(t){return this.x*t.y-this.y*t.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(t){let e=Math.sqrt(this.lengthSq()*t.lengthSq());if(e===0)return Math.PI/2;let n=this.dot(t)/e;return Math.acos(re(n,-1,1))}distanceTo(t){return Math.sqrt(this.distanceToSquared(t))}distanceToSquared(t){let e=this.x-t.x,n=this.y-t.y;return e*e+n*n}manhattanDistanceTo(t){return Math.abs(this.x-t.x)+Math.abs(this.y-t.y)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this}equals(t){return t.x===this.x&&t.y===this.y}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this}rotateAround(t,e){let n=Math.cos(e),s=Math.sin(e),r=this.x-t.x,o=this.y-t.y;return this.x=r*n-o*s+t.x,this.y=r*s+o*n+t.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}},Kn=class{constructor(t=0,e=0,n=0,s=1){this.isQuaternion=!0,this._x=t,this._y=e,this._z=n,this._w=s}static slerpFlat(t,e,n,s,r,o,a){let l=n[s+0],c=n[s+1],h=n[s+2],u=n[s+3],f=r[o+0],d=r[o+1],_=r[o+2],E=r[o+3];if(u!==E||l!==f||c!==d||h!==_){let g=l*f+c*d+h*_+u*E;g<0&&(f=-f,d=-d,_=-_,E=-E,g=-g);let p=1-a;if(g<.9995){let b=Math.acos(g),A=Math.sin(b);p=Math.sin(p*b)/A,a=Math.sin(a*b)/A,l=l*p+f*a,c=c*p+d*a,h=h*p+_*a,u=u*p+E*a}else{l=l*p+f*a,c=c*p+d*a,h=h*p+_*a,u=u*p+E*a;let b=1/Math.sqrt(l*l+c*c+h*h+u*u);l*=b,c*=b,h*=b,u*=b}}t[e]=l,t[e+1]=c,t[e+2]=h,t[e+3]=u}static multiplyQuaternionsFlat(t,e,n,s,r,o){let a=n[s],l=n[s+1],c=n[s+2],h=n[s+3],u=r[o],f=r[o+1],d=r[o+2],_=r[o+3];return t[e]=a*_+h*u+l*d-c*f,t[e+1]=l*_+h*f+c*u-a*d,t[e+2]=c*_+h*d+a*f-l*u,t[e+3]=h*_-a*u-l*f-c*d,t}get x(){return this._x}set x(t){this._x=t,this._onChangeCallback()}get y(){return this._y}set y(t){this._y=t,this._onChangeCallback()}get z(){return this._z}set z(t){this._z=t,this._onChangeCallback()}get w(){return this._w}set w(t){this._w=t,this._onChangeCallback()}set(t,e,n,s){return this._x=t,this._y=e,this._z=n,this._w=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(t){return this._x=t.x,this._y=t.y,this._z=t.z,this._w=t.w,this._onChangeCallback(),this}setFromEuler(t,e=!0){let n=t._x,s=t._y,r=t._z,o=t._order,a=Math.cos,l=Math.sin,c=a(n/2),h=a(s/2),u=a(r/2),f=l(n/2),d=l(s/2),_=l(r/2);switch(o){case"XYZ":this._x=f*h*u+c*d*_,this._y=c*d*u-f*h*_,this._z=c*h*_+f*d*u,this._w=c*h*u-f*d*_;break;case"YXZ":this._x=f*h*u+c*d*_,this._y=c*d*u-f*h*_,this._z=c*h*_-f*d*u,this._w=c*h*u+f*d*_;break;case"ZXY":this._x=f*h*u-c*d*_,this._y=c*d*u+f*h*_,this._z=c*h*_+f*d*u,this._w=c*h*u-f*d*_;break;case"ZYX":this._x=f*h*u-c*d*_,this._y=c*d*u+f*h*_,this._z=c*h*_-f*d*u,this._w=c*h*u+f*d*_;break;case"YZX":this._x=f*h*u+c*d*_,this._y=c*d*u+f*h*_,this._z=c*h*_-f*d*u,this._w=c*h*u-f*d*_;break;case"XZY":this._x=f*h*u-c*d*_,this._y=c*d*u-f*h*_,this._z=c*h*_+f*d*u,this._w=c*h*u+f*d*_;break;default:zt("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return e===!0&&this._onChangeCallback(),this}setFromAxisAngle(t,e){let n=e/2,s=Math.sin(n);return this._x=t.x*s,this._y=t.y*s,this._z=t.z*s,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(t){let e=t.elements,n=e[0],s=e[4],r=e[8],o=e[1],a=e[5],l=e[9],c=e[2],h=e[6],u=e[10],f=n+a+u;if(f>0){let d=.5/Math.sqrt(f+1);this._w=.25/d,this._x=(h-l)*d,this._y=(r-c)*d,this._z=(o-s)*d}else if(n>a&&n>u){let d=2*Math.sqrt(1+n-a-u);this._w=(h-l)/d,this._x=.25*d,this._y=(s+o)/d,this._z=(r+c)/d}else if(a>u){let d=2*Math.sqrt(1+a-n-u);this._w=(r-c)/d,this._x=(s+o)/d,this._y=.25*d,this._z=(l+h)/d}else{let d=2*Math.sqrt(1+u-n-a);this._w=(o-s)/d,this._x=(r+c)/d,this._y=(l+h)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(t,e){let n=t.dot(e)+1;return n<1e-8?(n=0,Math.abs(t.x)>Math.abs(t.z)?(this._x=-t.y,this._y=t.x,this._z=0,this._w=n):(this._x=0,this._y=-t.z,this._z=t.y,this._w=n)):(this._x=t.y*e.z-t.z*e.y,this._y=t.z*e.x-t.x*e.z,this._z=t.x*e.y-t.y*e.x,this._w=n),this.normalize()}angleTo(t){return 2*Math.acos(Math.abs(re(this.dot(t),-1,1)))}rotateTowards(t,e){let n=this.angleTo(t);if(n===0)return this;let s=Math.min(1,e/n);return this.slerp(t,s),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(t){return this._x*t._x+this._y*t._y+this._z*t._z+this._w*t._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let t=this.length();return t===0?(this._x=0,this._y=0,this._z=0,this._w=1):(t=1/t,this._x=this._x*t,this._y=this._y*t,this._z=this._z*t,this._w=this._w*t),this._onChangeCallback(),this}multiply(t){return this.multiplyQuaternions(this,t)}premultiply(t){return this.multiplyQuaternions(t,this)}multiplyQuaternions(t,e){let n=t._x,s=t._y,r=t._z,o=t._w,a=e._x,l=e._y,c=e._z,h=e._w;return this._x=n*h+o*a+s*c-r*l,this._y=s*h+o*l+r*a-n*c,this._z=r*h+o*c+n*l-s*a,this._w=o*h-n*a-s*l-r*c,this._onChangeCallback(),this}slerp(t,e){let n=t._x,s=t._y,r=t._z,o=t._w,a=this.dot(t);a<0&&(n=-n,s=-s,r=-r,o=-o,a=-a);let l=1-e;if(a<.9995){let c=Math.acos(a),h=Math.sin(c);l=Math.sin(l*c)/h,e=Math.sin(e*c)/h,this._x=this._x*l+n*e,this._y=this._y*l+s*e,this._z=this._z*l+r*e,this._w=this._w*l+o*e,this._onChangeCallback()}else this._x=this._x*l+n*e,this._y=this._y*l+s*e,this._z=this._z*l+r*e,this._w=this._w*l+o*e,this.normalize();return this}slerpQuaternions(t,e,n){return this.copy(t).slerp(e,n)}random(){let t=2*Math.PI*Math.random(),e=2*Math.PI*Math.random(),n=Math.random(),s=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(s*Math.sin(t),s*Math.cos(t),r*Math.sin(e),r*Math.cos(e))}equals(t){return t._x===this._x&&t._y===this._y&&t._z===this._z&&t._w===this._w}fromArray(t,e=0){return this._x=t[e],this._y=t[e+1],this._z=t[e+2],this._w=t[e+3],this._onChangeCallback(),this}toArray(t=[],e=0){return t[e]=this._x,t[e+1]=this._y,t[e+2]=this._z,t[e+3]=this._w,t}fromBufferAttribute(t,e){return this._x=t.getX(e),this._y=t.getY(e),this._z=t.getZ(e),this._w=t.getW(e),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(t){return this._onChangeCallback=t,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},V=class{static{this.prototype.isVector3=!0}constructor(t=0,e=0,n=0){this.x=t,this.y=e,this.z=n}set(t,e,n){return n===void 0&&(n=this.z),this.x=t,this.y=e,this.z=n,this}setScalar(t){return this.x=t,this.y=t,this.z=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setZ(t){return this.z=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;case 2:this.z=e;break;default:throw new Error("THREE.Vector3: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(t){return this.x=t.x,this.y=t.y,this.z=t.z,this}add(t){return this.x+=t.x,this.y+=t.y,this.z+=t.z,this}addScalar(t){return this.x+=t,this.y+=t,this.z+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this.z=t.z+e.z,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this.z+=t.z*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this.z-=t.z,this}subScalar(t){return this.x-=t,this.y-=t,this.z-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this.z=t.z-e.z,this}multiply(t){return this.x*=t.x,this.y*=t.y,this.z*=t.z,this}multiplyScalar(t){return this.x*=t,this.y*=t,this.z*=t,this}multiplyVectors(t,e){return this.x=t.x*e.x,this.y=t.y*e.y,this.z=t.z*e.z,this}applyEuler(t){return this.applyQuaternion(Mf.setFromEuler(t))}applyAxisAngle(t,e){return this.applyQuaternion(Mf.setFromAxisAngle(t,e))}applyMatrix3(t){let e=this.x,n=this.y,s=this.z,r=t.elements;return this.x=r[0]*e+r[3]*n+r[6]*s,this.y=r[1]*e+r[4]*n+r[7]*s,this.z=r[2]*e+r[5]*n+r[8]*s,this}applyNormalMatrix(t){return this.applyMatrix3(t).normalize()}applyMatrix4(t){let e=this.x,n=this.y,s=this.z,r=t.elements,o=1/(r[3]*e+r[7]*n+r[11]*s+r[15]);return this.x=(r[0]*e+r[4]*n+r[8]*s+r[12])*o,this.y=(r[1]*e+r[5]*n+r[9]*s+r[13])*o,this.z=(r[2]*e+r[6]*n+r[10]*s+r[14])*o,this}applyQuaternion(t){let e=this.x,n=this.y,s=this.z,r=t.x,o=t.y,a=t.z,l=t.w,c=2*(o*s-a*n),h=2*(a*e-r*s),u=2*(r*n-o*e);return this.x=e+l*c+o*u-a*h,this.y=n+l*h+a*c-r*u,this.z=s+l*u+r*h-o*c,this}project(t){return this.applyMatrix4(t.matrixWorldInverse).applyMatrix4(t.projectionMatrix)}unproject(t){return this.applyMatrix4(t.projectionMatrixInverse).applyMatrix4(t.matrixWorld)}transformDirection(t){let e=this.x,n=this.y,s=this.z,r=t.elements;return this.x=r[0]*e+r[4]*n+r[8]*s,this.y=r[1]*e+r[5]*n+r[9]*s,this.z=r[2]*e+r[6]*n+r[10]*s,this.normalize()}divide(t){return this.x/=t.x,this.y/=t.y,this.z/=t.z,this}divideScalar(t){return this.multiplyScalar(1/t)}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this.z=Math.min(this.z,t.z),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this.z=Math.max(this.z,t.z),this}clamp(t,e){return this.x=re(this.x,t.x,e.x),this.y=re(this.y,t.y,e.y),this.z=re(this.z,t.z,e.z),this}clampScalar(t,e){return this.x=re(this.x,t,e),this.y=re(this.y,t,e),this.z=re(this.z,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(re(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(t){return this.x*t.x+this.y*t.y+this.z*t.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this.z+=(t.z-this.z)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this.z=t.z+(e.z-t.z)*n,this}cross(t){return this.crossVectors(this,t)}crossVectors(t,e){let n=t.x,s=t.y,r=t.z,o=e.x,a=e.y,l=e.z;return this.x=s*l-r*a,this.y=r*o-n*l,this.z=n*a-s*o,this}projectOnVector(t){let e=t.lengthSq();if(e===0)return this.set(0,0,0);let n=t.dot(this)/e;return this.copy(t).multiplyScalar(n)}projectOnPlane(t){return Ic.copy(this).projectOnVector(t),this.sub(Ic)}reflect(t){return this.sub(Ic.copy(t).multiplyScalar(2*this.dot(t)))}angleTo(t){let e=Math.sqrt(this.lengthSq()*t.lengthSq());if(e===0)return Math.PI/2;let n=this.dot(t)/e;return Math.acos(re(n,-1,1))}distanceTo(t){return Math.sqrt(this.distanceToSquared(t))}distanceToSquared(t){let e=this.x-t.x,n=this.y-t.y,s=this.z-t.z;return e*e+n*n+s*s}manhattanDistanceTo(t){return Math.abs(this.x-t.x)+Math.abs(this.y-t.y)+Math.abs(this.z-t.z)}setFromSpherical(t){return this.setFromSphericalCoords(t.radius,t.phi,t.theta)}setFromSphericalCoords(t,e,n){let s=Math.sin(e)*t;return this.x=s*Math.sin(n),this.y=Math.cos(e)*t,this.z=s*Math.cos(n),this}setFromCylindrical(t){return this.setFromCylindricalCoords(t.radius,t.theta,t.y)}setFromCylindricalCoords(t,e,n){return this.x=t*Math.sin(e),this.y=n,this.z=t*Math.cos(e),this}setFromMatrixPosition(t){let e=t.elements;return this.x=e[12],this.y=e[13],this.z=e[14],this}setFromMatrixScale(t){let e=this.setFromMatrixColumn(t,0).length(),n=this.setFromMatrixColumn(t,1).length(),s=this.setFromMatrixColumn(t,2).length();return this.x=e,this.y=n,this.z=s,this}setFromMatrixColumn(t,e){return this.fromArray(t.elements,e*4)}setFromMatrix3Column(t,e){return this.fromArray(t.elements,e*3)}setFromEuler(t){return this.x=t._x,this.y=t._y,this.z=t._z,this}setFromColor(t){return this.x=t.r,this.y=t.g,this.z=t.b,this}equals(t){return t.x===this.x&&t.y===this.y&&t.z===this.z}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this.z=t[e+2],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t[e+2]=this.z,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this.z=t.getZ(e),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let t=Math.random()*Math.PI*2,e=Math.random()*2-1,n=Math.sqrt(1-e*e);return this.x=n*Math.cos(t),this.y=e,this.z=n*Math.sin(t),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}},Ic=new V,Mf=new Kn,Xt=class{static{this.prototype.isMatrix3=!0}constructor(t,e,n,s,r,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],t!==void 0&&this.set(t,e,n,s,r,o,a,l,c)}set(t,e,n,s,r,o,a,l,c){let h=this.elements;return h[0]=t,h[1]=s,h[2]=a,h[3]=e,h[4]=r,h[5]=l,h[6]=n,h[7]=o,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(t){let e=this.elements,n=t.elements;return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],this}extractBasis(t,e,n){return t.setFromMatrix3Column(this,0),e.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(t){let e=t.elements;return this.set(e[0],e[4],e[8],e[1],e[5],e[9],e[2],e[6],e[10]),this}multiply(t){return this.multiplyMatrices(this,t)}premultiply(t){return this.multiplyMatrices(t,this)}multiplyMatrices(t,e){let n=t.elements,s=e.elements,r=this.elements,o=n[0],a=n[3],l=n[6],c=n[1],h=n[4],u=n[7],f=n[2],d=n[5],_=n[8],E=s[0],g=s[3],p=s[6],b=s[1],A=s[4],M=s[7],R=s[2],y=s[5],x=s[8];return r[0]=o*E+a*b+l*R,r[3]=o*g+a*A+l*y,r[6]=o*p+a*M+l*x,r[1]=c*E+h*b+u*R,r[4]=c*g+h*A+u*y,r[7]=c*p+h*M+u*x,r[2]=f*E+d*b+_*R,r[5]=f*g+d*A+_*y,r[8]=f*p+d*M+_*x,this}multiplyScalar(t){let e=this.elements;return e[0]*=t,e[3]*=t,e[6]*=t,e[1]*=t,e[4]*=t,e[7]*=t,e[2]*=t,e[5]*=t,e[8]*=t,this}determinant(){let t=this.elements,e=t[0],n=t[1],s=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8];return e*o*h-e*a*c-n*r*h+n*a*l+s*r*c-s*o*l}invert(){let t=this.elements,e=t[0],n=t[1],s=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8],u=h*o-a*c,f=a*l-h*r,d=c*r-o*l,_=e*u+n*f+s*d;if(_===0)return this.set(0,0,0,0,0,0,0,0,0);let E=1/_;return t[0]=u*E,t[1]=(s*c-h*n)*E,t[2]=(a*n-s*o)*E,t[3]=f*E,t[4]=(h*e-s*l)*E,t[5]=(s*r-a*e)*E,t[6]=d*E,t[7]=(n*l-c*e)*E,t[8]=(o*e-n*r)*E,this}transpose(){let t,e=this.elements;return t=e[1],e[1]=e[3],e[3]=t,t=e[2],e[2]=e[6],e[6]=t,t=e[5],e[5]=e[7],e[7]=t,this}getNormalMatrix(t){return this.setFromMatrix4(t).invert().transpose()}transposeIntoArray(t){let e=this.elements;return t[0]=e[0],t[1]=e[3],t[2]=e[6],t[3]=e[1],t[4]=e[4],t[5]=e[7],t[6]=e[2],t[7]=e[5],t[8]=e[8],this}setUvTransform(t,e,n,s,r,o,a){let l=Math.cos(r),c=Math.sin(r);return this.set(n*l,n*c,-n*(l*o+c*a)+o+t,-s*c,s*l,-s*(-c*o+l*a)+a+e,0,0,1),this}scale(t,e){return wr("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Pc.makeScale(t,e)),this}rotate(t){return wr("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Pc.makeRotation(-t)),this}translate(t,e){return wr("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Pc.makeTranslation(t,e)),this}makeTranslation(t,e){return t.isVector2?this.set(1,0,t.x,0,1,t.y,0,0,1):this.set(1,0,t,0,1,e,0,0,1),this}makeRotation(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,-n,0,n,e,0,0,0,1),this}makeScale(t,e){return this.set(t,0,0,0,e,0,0,0,1),this}equals(t){let e=this.elements,n=t.elements;for(let s=0;s<9;s++)if(e[s]!==n[s])return!1;return!0}fromArray(t,e=0){for(let n=0;n<9;n++)this.elements[n]=t[n+e];return this}toArray(t=[],e=0){let n=this.elements;return t[e]=n[0],t[e+1]=n[1],t[e+2]=n[2],t[e+3]=n[3],t[e+4]=n[4],t[e+5]=n[5],t[e+6]=n[6],t[e+7]=n[7],t[e+8]=n[8],t}clone(){return new this.constructor().fromArray(this.elements)}},Pc=new Xt,bf=new Xt().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Ef=new Xt().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function h0(){let i={enabled:!0,workingColorSpace:Ar,spaces:{},convert:function(s,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===me&&(s.r=pi(s.r),s.g=pi(s.g),s.b=pi(s.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(s.applyMatrix3(this.spaces[r].toXYZ),s.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===me&&(s.r=Fs(s.r),s.g=Fs(s.g),s.b=Fs(s.b))),s},workingToColorSpace:function(s,r){return this.convert(s,this.workingColorSpace,r)},colorSpaceToWorking:function(s,r){return this.convert(s,r,this.workingColorSpace)},getPrimaries:function(s){return this.spaces[s].primaries},getTransfer:function(s){return s===vi?Tr:this.spaces[s].transfer},getToneMappingMode:function(s){return this.spaces[s].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(s,r=this.workingColorSpace){return s.fromArray(this.spaces[r].luminanceCoefficients)},define:function(s){Object.assign(this.spaces,s)},_getMatrix:function(s,r,o){return s.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(s){return this.spaces[s].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(s=this.workingColorSpace){return this.spaces[s].workingColorSpaceConfig.unpackColorSpace}},t=[.64,.33,.3,.6,.15,.06],e=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[Ar]:{primaries:t,whitePoint:n,transfer:Tr,toXYZ:bf,fromXYZ:Ef,luminanceCoefficients:e,workingColorSpaceConfig:{unpackColorSpace:on},outputColorSpaceConfig:{drawingBufferColorSpace:on}},[on]:{primaries:t,whitePoint:n,transfer:me,toXYZ:bf,fromXYZ:Ef,luminanceCoefficients:e,outputColorSpaceConfig:{drawingBufferColorSpace:on}}}),i}var ae=h0();function pi(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function Fs(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var Ms,fa=class{static getDataURL(t,e="image/png"){if(/^data:/i.test(t.src)||typeof HTMLCanvasElement>"u")return t.src;let n;if(t instanceof HTMLCanvasElement)n=t;else{Ms===void 0&&(Ms=Rr("canvas")),Ms.width=t.width,Ms.height=t.height;let s=Ms.getContext("2d");t instanceof ImageData?s.putImageData(t,0,0):s.drawImage(t,0,0,t.width,t.height),n=Ms}return n.toDataURL(e)}static sRGBToLinear(t){if(typeof HTMLImageElement<"u"&&t instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&t instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&t instanceof ImageBitmap){let e=Rr("canvas");e.width=t.width,e.height=t.height;let n=e.getContext("2d");n.drawImage(t,0,0,t.width,t.height);let s=n.getImageData(0,0,t.width,t.height),r=s.data;for(let o=0;o<r.length;o++)r[o]=pi(r[o]/255)*255;return n.putImageData(s,0,0),e}else if(t.data){let e=t.data.slice(0);for(let n=0;n<e.length;n++)e instanceof Uint8Array||e instanceof Uint8ClampedArray?e[n]=Math.floor(pi(e[n]/255)*255):e[n]=pi(e[n]);return{data:e,width:t.width,height:t.height}}else return zt("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),t}},u0=0,zs=class{constructor(t=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:u0++}),this.uuid=Qr(),this.data=t,this.dataReady=!0,this.version=0}getSize(t){let e=this.data;return typeof HTMLVideoElement<"u"&&e instanceof HTMLVideoElement?t.set(e.videoWidth,e.videoHeight,0):typeof VideoFrame<"u"&&e instanceof VideoFrame?t.set(e.displayWidth,e.displayHeight,0):e!==null?t.set(e.width||0,e.height||0,e.depth||0):t.set(0,0,0),t}set needsUpdate(t){t===!0&&this.version++}toJSON(t){let e=t===void 0||typeof t=="string";if(!e&&t.images[this.uuid]!==void 0)return t.images[this.uuid];let n={uuid:this.uuid,url:""},s=this.data;if(s!==null){let r;if(Array.isArray(s)){r=[];for(let o=0,a=s.length;o<a;o++)s[o].isDataTexture?r.push(Lc(s[o].image)):r.push(Lc(s[o]))}else r=Lc(s);n.url=r}return e||(t.images[this.uuid]=n),n}};function Lc(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?fa.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(zt("Texture: Unable to serialize Texture."),{})}var f0=0,Dc=new V,cn=class i extends Jn{constructor(t=i.DEFAULT_IMAGE,e=i.DEFAULT_MAPPING,n=Zn,s=Zn,r=ln,o=xi,a=Wn,l=dn,c=i.DEFAULT_ANISOTROPY,h=vi){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:f0++}),this.uuid=Qr(),this.name="",this.source=new zs(t),this.mipmaps=[],this.mapping=e,this.channel=0,this.wrapS=n,this.wrapT=s,this.magFilter=r,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new Ot(0,0),this.repeat=new Ot(1,1),this.center=new Ot(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Xt,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(t&&t.depth&&t.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Dc).x}get height(){return this.source.getSize(Dc).y}get depth(){return this.source.getSize(Dc).z}get image(){return this.source.data}set image(t){this.source.data=t}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(t,e){this.updateRanges.push({start:t,count:e})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(t){return this.name=t.name,this.source=t.source,this.mipmaps=t.mipmaps.slice(0),this.mapping=t.mapping,this.channel=t.channel,this.wrapS=t.wrapS,this.wrapT=t.wrapT,this.magFilter=t.magFilter,this.minFilter=t.minFilter,this.anisotropy=t.anisotropy,this.format=t.format,this.internalFormat=t.internalFormat,this.type=t.type,this.normalized=t.normalized,this.offset.copy(t.offset),this.repeat.copy(t.repeat),this.center.copy(t.center),this.rotation=t.rotation,this.matrixAutoUpdate=t.matrixAutoUpdate,this.matrix.copy(t.matrix),this.generateMipmaps=t.generateMipmaps,this.mipmapsAutoUpdate=t.mipmapsAutoUpdate,this.premultiplyAlpha=t.premultiplyAlpha,this.flipY=t.flipY,this.unpackAlignment=t.unpackAlignment,this.colorSpace=t.colorSpace,this.renderTarget=t.renderTarget,this.isRenderTargetTexture=t.isRenderTargetTexture,this.isPMREMTexture=t.isPMREMTexture,this.isArrayTexture=t.isArrayTexture,this.userData=JSON.parse(JSON.stringify(t.userData)),this.needsUpdate=!0,this}setValues(t){for(let e in t){let n=t[e];if(n===void 0){zt(`Texture.setValues(): parameter '${e}' has value of undefined.`);continue}let s=this[e];if(s===void 0){zt(`Texture.setValues(): property '${e}' does not exist.`);continue}s&&n&&s.isVector2&&n.isVector2||s&&n&&s.isVector3&&n.isVector3||s&&n&&s.isMatrix3&&n.isMatrix3?s.copy(n):this[e]=n}}toJSON(t){let e=t===void 0||typeof t=="string";if(!e&&t.textures[this.uuid]!==void 0)return t.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(t).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),e||(t.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(t){if(this.mapping!==vh)return t;if(t.applyMatrix3(this.matrix),t.x<0||t.x>1)switch(this.wrapS){case la:t.x=t.x-Math.floor(t.x);break;case Zn:t.x=t.x<0?0:1;break;case ca:Math.abs(Math.floor(t.x)%2)===1?t.x=Math.ceil(t.x)-t.x:t.x=t.x-Math.floor(t.x);break}if(t.y<0||t.y>1)switch(this.wrapT){case la:t.y=t.y-Math.floor(t.y);break;case Zn:t.y=t.y<0?0:1;break;case ca:Math.abs(Math.floor(t.y)%2)===1?t.y=Math.ceil(t.y)-t.y:t.y=t.y-Math.floor(t.y);break}return this.flipY&&(t.y=1-t.y),t}set needsUpdate(t){t===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(t){t===!0&&this.pmremVersion++}};cn.DEFAULT_IMAGE=null;cn.DEFAULT_MAPPING=vh;cn.DEFAULT_ANISOTROPY=1;var Ce=class{static{this.prototype.isVector4=!0}constructor(t=0,e=0,n=0,s=1){this.x=t,this.y=e,this.z=n,this.w=s}get width(){return this.z}set width(t){this.z=t}get height(){return this.w}set height(t){this.w=t}set(t,e,n,s){return this.x=t,this.y=e,this.z=n,this.w=s,this}setScalar(t){return this.x=t,this.y=t,this.z=t,this.w=t,this}setX(t){return this.x=t,this}setY(t){return this.y=t,this}setZ(t){return this.z=t,this}setW(t){return this.w=t,this}setComponent(t,e){switch(t){case 0:this.x=e;break;case 1:this.y=e;break;case 2:this.z=e;break;case 3:this.w=e;break;default:throw new Error("THREE.Vector4: index is out of range: "+t)}return this}getComponent(t){switch(t){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+t)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(t){return this.x=t.x,this.y=t.y,this.z=t.z,this.w=t.w!==void 0?t.w:1,this}add(t){return this.x+=t.x,this.y+=t.y,this.z+=t.z,this.w+=t.w,this}addScalar(t){return this.x+=t,this.y+=t,this.z+=t,this.w+=t,this}addVectors(t,e){return this.x=t.x+e.x,this.y=t.y+e.y,this.z=t.z+e.z,this.w=t.w+e.w,this}addScaledVector(t,e){return this.x+=t.x*e,this.y+=t.y*e,this.z+=t.z*e,this.w+=t.w*e,this}sub(t){return this.x-=t.x,this.y-=t.y,this.z-=t.z,this.w-=t.w,this}subScalar(t){return this.x-=t,this.y-=t,this.z-=t,this.w-=t,this}subVectors(t,e){return this.x=t.x-e.x,this.y=t.y-e.y,this.z=t.z-e.z,this.w=t.w-e.w,this}multiply(t){return this.x*=t.x,this.y*=t.y,this.z*=t.z,this.w*=t.w,this}multiplyScalar(t){return this.x*=t,this.y*=t,this.z*=t,this.w*=t,this}applyMatrix4(t){let e=this.x,n=this.y,s=this.z,r=this.w,o=t.elements;return this.x=o[0]*e+o[4]*n+o[8]*s+o[12]*r,this.y=o[1]*e+o[5]*n+o[9]*s+o[13]*r,this.z=o[2]*e+o[6]*n+o[10]*s+o[14]*r,this.w=o[3]*e+o[7]*n+o[11]*s+o[15]*r,this}divide(t){return this.x/=t.x,this.y/=t.y,this.z/=t.z,this.w/=t.w,this}divideScalar(t){return this.multiplyScalar(1/t)}setAxisAngleFromQuaternion(t){this.w=2*Math.acos(t.w);let e=Math.sqrt(1-t.w*t.w);return e<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=t.x/e,this.y=t.y/e,this.z=t.z/e),this}setAxisAngleFromRotationMatrix(t){let e,n,s,r,l=t.elements,c=l[0],h=l[4],u=l[8],f=l[1],d=l[5],_=l[9],E=l[2],g=l[6],p=l[10];if(Math.abs(h-f)<.01&&Math.abs(u-E)<.01&&Math.abs(_-g)<.01){if(Math.abs(h+f)<.1&&Math.abs(u+E)<.1&&Math.abs(_+g)<.1&&Math.abs(c+d+p-3)<.1)return this.set(1,0,0,0),this;e=Math.PI;let A=(c+1)/2,M=(d+1)/2,R=(p+1)/2,y=(h+f)/4,x=(u+E)/4,T=(_+g)/4;return A>M&&A>R?A<.01?(n=0,s=.707106781,r=.707106781):(n=Math.sqrt(A),s=y/n,r=x/n):M>R?M<.01?(n=.707106781,s=0,r=.707106781):(s=Math.sqrt(M),n=y/s,r=T/s):R<.01?(n=.707106781,s=.707106781,r=0):(r=Math.sqrt(R),n=x/r,s=T/r),this.set(n,s,r,e),this}let b=Math.sqrt((g-_)*(g-_)+(u-E)*(u-E)+(f-h)*(f-h));return Math.abs(b)<.001&&(b=1),this.x=(g-_)/b,this.y=(u-E)/b,this.z=(f-h)/b,this.w=Math.acos((c+d+p-1)/2),this}setFromMatrixPosition(t){let e=t.elements;return this.x=e[12],this.y=e[13],this.z=e[14],this.w=e[15],this}min(t){return this.x=Math.min(this.x,t.x),this.y=Math.min(this.y,t.y),this.z=Math.min(this.z,t.z),this.w=Math.min(this.w,t.w),this}max(t){return this.x=Math.max(this.x,t.x),this.y=Math.max(this.y,t.y),this.z=Math.max(this.z,t.z),this.w=Math.max(this.w,t.w),this}clamp(t,e){return this.x=re(this.x,t.x,e.x),this.y=re(this.y,t.y,e.y),this.z=re(this.z,t.z,e.z),this.w=re(this.w,t.w,e.w),this}clampScalar(t,e){return this.x=re(this.x,t,e),this.y=re(this.y,t,e),this.z=re(this.z,t,e),this.w=re(this.w,t,e),this}clampLength(t,e){let n=this.length();return this.divideScalar(n||1).multiplyScalar(re(n,t,e))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(t){return this.x*t.x+this.y*t.y+this.z*t.z+this.w*t.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(t){return this.normalize().multiplyScalar(t)}lerp(t,e){return this.x+=(t.x-this.x)*e,this.y+=(t.y-this.y)*e,this.z+=(t.z-this.z)*e,this.w+=(t.w-this.w)*e,this}lerpVectors(t,e,n){return this.x=t.x+(e.x-t.x)*n,this.y=t.y+(e.y-t.y)*n,this.z=t.z+(e.z-t.z)*n,this.w=t.w+(e.w-t.w)*n,this}equals(t){return t.x===this.x&&t.y===this.y&&t.z===this.z&&t.w===this.w}fromArray(t,e=0){return this.x=t[e],this.y=t[e+1],this.z=t[e+2],this.w=t[e+3],this}toArray(t=[],e=0){return t[e]=this.x,t[e+1]=this.y,t[e+2]=this.z,t[e+3]=this.w,t}fromBufferAttribute(t,e){return this.x=t.getX(e),this.y=t.getY(e),this.z=t.getZ(e),this.w=t.getW(e),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}},da=class extends Jn{constructor(t=1,e=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:ln,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=t,this.height=e,this.depth=n.depth,this.scissor=new Ce(0,0,t,e),this.scissorTest=!1,this.viewport=new Ce(0,0,t,e),this.textures=[];let s=n.count;for(let r=0;r<s;r++)this.textures[r]=new cn({width:t,height:e,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(t={}){let e={minFilter:ln,generateMipmaps:!1,flipY:!1,internalFormat:null};t.mapping!==void 0&&(e.mapping=t.mapping),t.wrapS!==void 0&&(e.wrapS=t.wrapS),t.wrapT!==void 0&&(e.wrapT=t.wrapT),t.wrapR!==void 0&&(e.wrapR=t.wrapR),t.magFilter!==void 0&&(e.magFilter=t.magFilter),t.minFilter!==void 0&&(e.minFilter=t.minFilter),t.format!==void 0&&(e.format=t.format),t.type!==void 0&&(e.type=t.type),t.anisotropy!==void 0&&(e.anisotropy=t.anisotropy),t.colorSpace!==void 0&&(e.colorSpace=t.colorSpace),t.flipY!==void 0&&(e.flipY=t.flipY),t.generateMipmaps!==void 0&&(e.generateMipmaps=t.generateMipmaps),t.mipmapsAutoUpdate!==void 0&&(e.mipmapsAutoUpdate=t.mipmapsAutoUpdate),t.internalFormat!==void 0&&(e.internalFormat=t.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(e)}get texture(){return this.textures[0]}set texture(t){this.textures[0]=t}set depthTexture(t){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),t!==null&&t.renderTarget===null&&(t.renderTarget=this),this._depthTexture=t}get depthTexture(){return this._depthTexture}setSize(t,e,n=1){if(this.width!==t||this.height!==e||this.depth!==n){this.width=t,this.height=e,this.depth=n;for(let s=0,r=this.textures.length;s<r;s++)this.textures[s].image.width=t,this.textures[s].image.height=e,this.textures[s].image.depth=n,this.textures[s].isData3DTexture!==!0&&(this.textures[s].isArrayTexture=this.textures[s].image.depth>1);this.dispose()}this.viewport.set(0,0,t,e),this.scissor.set(0,0,t,e)}clone(){return new this.constructor().copy(this)}copy(t){this.width=t.width,this.height=t.height,this.depth=t.depth,this.scissor.copy(t.scissor),this.scissorTest=t.scissorTest,this.viewport.copy(t.viewport),this.textures.length=0;for(let e=0,n=t.textures.length;e<n;e++){this.textures[e]=t.textures[e].clone(),this.textures[e].isRenderTargetTexture=!0,this.textures[e].renderTarget=this;let s=Object.assign({},t.textures[e].image);this.textures[e].source=new zs(s)}if(this.depthBuffer=t.depthBuffer,this.stencilBuffer=t.stencilBuffer,this.resolveColorBuffer=t.resolveColorBuffer,this.resolveDepthBuffer=t.resolveDepthBuffer,this.resolveStencilBuffer=t.resolveStencilBuffer,this.storeMultisampledColorBuffer=t.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=t.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=t.storeMultisampledStencilBuffer,t.depthTexture!==null)if(t.depthTexture.renderTarget===t){let e=t.depthTexture.clone();e.renderTarget=null,this.depthTexture=e}else this.depthTexture=t.depthTexture;else this.depthTexture=null;return this.samples=t.samples,this.multiview=t.multiview,this.useArrayDepthTexture=t.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},wn=class extends da{constructor(t=1,e=1,n={}){super(t,e,n),this.isWebGLRenderTarget=!0}},Cr=class extends cn{constructor(t=null,e=1,n=1,s=1){super(null),this.isDataArrayTexture=!0,this.image={data:t,width:e,height:n,depth:s},this.magFilter=$e,this.minFilter=$e,this.wrapR=Zn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(t){return super.copy(t),this.wrapR=t.wrapR,this}addLayerUpdate(t){this.layerUpdates.add(t)}clearLayerUpdates(){this.layerUpdates.clear()}};var pa=class extends cn{constructor(t=null,e=1,n=1,s=1){super(null),this.isData3DTexture=!0,this.image={data:t,width:e,height:n,depth:s},this.magFilter=$e,this.minFilter=$e,this.wrapR=Zn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(t){return super.copy(t),this.wrapR=t.wrapR,this}};var Te=class i{static{this.prototype.isMatrix4=!0}constructor(t,e,n,s,r,o,a,l,c,h,u,f,d,_,E,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],t!==void 0&&this.set(t,e,n,s,r,o,a,l,c,h,u,f,d,_,E,g)}set(t,e,n,s,r,o,a,l,c,h,u,f,d,_,E,g){let p=this.elements;return p[0]=t,p[4]=e,p[8]=n,p[12]=s,p[1]=r,p[5]=o,p[9]=a,p[13]=l,p[2]=c,p[6]=h,p[10]=u,p[14]=f,p[3]=d,p[7]=_,p[11]=E,p[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new i().fromArray(this.elements)}copy(t){let e=this.elements,n=t.elements;return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],e[9]=n[9],e[10]=n[10],e[11]=n[11],e[12]=n[12],e[13]=n[13],e[14]=n[14],e[15]=n[15],this}copyPosition(t){let e=this.elements,n=t.elements;return e[12]=n[12],e[13]=n[13],e[14]=n[14],this}setFromMatrix3(t){let e=t.elements;return this.set(e[0],e[3],e[6],0,e[1],e[4],e[7],0,e[2],e[5],e[8],0,0,0,0,1),this}extractBasis(t,e,n){return this.determinantAffine()===0?(t.set(1,0,0),e.set(0,1,0),n.set(0,0,1),this):(t.setFromMatrixColumn(this,0),e.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(t,e,n){return this.set(t.x,e.x,n.x,0,t.y,e.y,n.y,0,t.z,e.z,n.z,0,0,0,0,1),this}extractRotation(t){if(t.determinantAffine()===0)return this.identity();let e=this.elements,n=t.elements,s=1/bs.setFromMatrixColumn(t,0).length(),r=1/bs.setFromMatrixColumn(t,1).length(),o=1/bs.setFromMatrixColumn(t,2).length();return e[0]=n[0]*s,e[1]=n[1]*s,e[2]=n[2]*s,e[3]=0,e[4]=n[4]*r,e[5]=n[5]*r,e[6]=n[6]*r,e[7]=0,e[8]=n[8]*o,e[9]=n[9]*o,e[10]=n[10]*o,e[11]=0,e[12]=0,e[13]=0,e[14]=0,e[15]=1,this}makeRotationFromEuler(t){let e=this.elements,n=t.x,s=t.y,r=t.z,o=Math.cos(n),a=Math.sin(n),l=Math.cos(s),c=Math.sin(s),h=Math.cos(r),u=Math.sin(r);if(t.order==="XYZ"){let f=o*h,d=o*u,_=a*h,E=a*u;e[0]=l*h,e[4]=-l*u,e[8]=c,e[1]=d+_*c,e[5]=f-E*c,e[9]=-a*l,e[2]=E-f*c,e[6]=_+d*c,e[10]=o*l}else if(t.order==="YXZ"){let f=l*h,d=l*u,_=c*h,E=c*u;e[0]=f+E*a,e[4]=_*a-d,e[8]=o*c,e[1]=o*u,e[5]=o*h,e[9]=-a,e[2]=d*a-_,e[6]=E+f*a,e[10]=o*l}else if(t.order==="ZXY"){let f=l*h,d=l*u,_=c*h,E=c*u;e[0]=f-E*a,e[4]=-o*u,e[8]=_+d*a,e[1]=d+_*a,e[5]=o*h,e[9]=E-f*a,e[2]=-o*c,e[6]=a,e[10]=o*l}else if(t.order==="ZYX"){let f=o*h,d=o*u,_=a*h,E=a*u;e[0]=l*h,e[4]=_*c-d,e[8]=f*c+E,e[1]=l*u,e[5]=E*c+f,e[9]=d*c-_,e[2]=-c,e[6]=a*l,e[10]=o*l}else if(t.order==="YZX"){let f=o*l,d=o*c,_=a*l,E=a*c;e[0]=l*h,e[4]=E-f*u,e[8]=_*u+d,e[1]=u,e[5]=o*h,e[9]=-a*h,e[2]=-c*h,e[6]=d*u+_,e[10]=f-E*u}else if(t.order==="XZY"){let f=o*l,d=o*c,_=a*l,E=a*c;e[0]=l*h,e[4]=-u,e[8]=c*h,e[1]=f*u+E,e[5]=o*h,e[9]=d*u-_,e[2]=_*u-d,e[6]=a*h,e[10]=E*u+f}return e[3]=0,e[7]=0,e[11]=0,e[12]=0,e[13]=0,e[14]=0,e[15]=1,this}makeRotationFromQuaternion(t){return this.compose(d0,t,p0)}lookAt(t,e,n){let s=this.elements;return yn.subVectors(t,e),yn.lengthSq()===0&&(yn.z=1),yn.normalize(),bi.crossVectors(n,yn),bi.lengthSq()===0&&(Math.abs(n.z)===1?yn.x+=1e-4:yn.z+=1e-4,yn.normalize(),bi.crossVectors(n,yn)),bi.normalize(),Do.crossVectors(yn,bi),s[0]=bi.x,s[4]=Do.x,s[8]=yn.x,s[1]=bi.y,s[5]=Do.y,s[9]=yn.y,s[2]=bi.z,s[6]=Do.z,s[10]=yn.z,this}multiply(t){return this.multiplyMatrices(this,t)}premultiply(t){return this.multiplyMatrices(t,this)}multiplyMatrices(t,e){let n=t.elements,s=e.elements,r=this.elements,o=n[0],a=n[4],l=n[8],c=n[12],h=n[1],u=n[5],f=n[9],d=n[13],_=n[2],E=n[6],g=n[10],p=n[14],b=n[3],A=n[7],M=n[11],R=n[15],y=s[0],x=s[4],T=s[8],B=s[12],U=s[1],z=s[5],N=s[9],$=s[13],D=s[2],G=s[6],Y=s[10],J=s[14],ot=s[3],K=s[7],Q=s[11],st=s[15];return r[0]=o*y+a*U+l*D+c*ot,r[4]=o*x+a*z+l*G+c*K,r[8]=o*T+a*N+l*Y+c*Q,r[12]=o*B+a*$+l*J+c*st,r[1]=h*y+u*U+f*D+d*ot,r[5]=h*x+u*z+f*G+d*K,r[9]=h*T+u*N+f*Y+d*Q,r[13]=h*B+u*$+f*J+d*st,r[2]=_*y+E*U+g*D+p*ot,r[6]=_*x+E*z+g*G+p*K,r[10]=_*T+E*N+g*Y+p*Q,r[14]=_*B+E*$+g*J+p*st,r[3]=b*y+A*U+M*D+R*ot,r[7]=b*x+A*z+M*G+R*K,r[11]=b*T+A*N+M*Y+R*Q,r[15]=b*B+A*$+M*J+R*st,this}multiplyScalar(t){let e=this.elements;return e[0]*=t,e[4]*=t,e[8]*=t,e[12]*=t,e[1]*=t,e[5]*=t,e[9]*=t,e[13]*=t,e[2]*=t,e[6]*=t,e[10]*=t,e[14]*=t,e[3]*=t,e[7]*=t,e[11]*=t,e[15]*=t,this}determinant(){let t=this.elements,e=t[0],n=t[4],s=t[8],r=t[12],o=t[1],a=t[5],l=t[9],c=t[13],h=t[2],u=t[6],f=t[10],d=t[14],_=t[3],E=t[7],g=t[11],p=t[15],b=l*d-c*f,A=a*d-c*u,M=a*f-l*u,R=o*d-c*h,y=o*f-l*h,x=o*u-a*h;return e*(E*b-g*A+p*M)-n*(_*b-g*R+p*y)+s*(_*A-E*R+p*x)-r*(_*M-E*y+g*x)}determinantAffine(){let t=this.elements,e=t[0],n=t[4],s=t[8],r=t[1],o=t[5],a=t[9],l=t[2],c=t[6],h=t[10];return e*(o*h-a*c)-n*(r*h-a*l)+s*(r*c-o*l)}transpose(){let t=this.elements,e;return e=t[1],t[1]=t[4],t[4]=e,e=t[2],t[2]=t[8],t[8]=e,e=t[6],t[6]=t[9],t[9]=e,e=t[3],t[3]=t[12],t[12]=e,e=t[7],t[7]=t[13],t[13]=e,e=t[11],t[11]=t[14],t[14]=e,this}setPosition(t,e,n){let s=this.elements;return t.isVector3?(s[12]=t.x,s[13]=t.y,s[14]=t.z):(s[12]=t,s[13]=e,s[14]=n),this}invert(){let t=this.elements,e=t[0],n=t[1],s=t[2],r=t[3],o=t[4],a=t[5],l=t[6],c=t[7],h=t[8],u=t[9],f=t[10],d=t[11],_=t[12],E=t[13],g=t[14],p=t[15],b=e*a-n*o,A=e*l-s*o,M=e*c-r*o,R=n*l-s*a,y=n*c-r*a,x=s*c-r*l,T=h*E-u*_,B=h*g-f*_,U=h*p-d*_,z=u*g-f*E,N=u*p-d*E,$=f*p-d*g,D=b*$-A*N+M*z+R*U-y*B+x*T;if(D===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let G=1/D;return t[0]=(a*$-l*N+c*z)*G,t[1]=(s*N-n*$-r*z)*G,t[2]=(E*x-g*y+p*R)*G,t[3]=(f*y-u*x-d*R)*G,t[4]=(l*U-o*$-c*B)*G,t[5]=(e*$-s*U+r*B)*G,t[6]=(g*M-_*x-p*A)*G,t[7]=(h*x-f*M+d*A)*G,t[8]=(o*N-a*U+c*T)*G,t[9]=(n*U-e*N-r*T)*G,t[10]=(_*y-E*M+p*b)*G,t[11]=(u*M-h*y-d*b)*G,t[12]=(a*B-o*z-l*T)*G,t[13]=(e*z-n*B+s*T)*G,t[14]=(E*A-_*R-g*b)*G,t[15]=(h*R-u*A+f*b)*G,this}scale(t){let e=this.elements,n=t.x,s=t.y,r=t.z;return e[0]*=n,e[4]*=s,e[8]*=r,e[1]*=n,e[5]*=s,e[9]*=r,e[2]*=n,e[6]*=s,e[10]*=r,e[3]*=n,e[7]*=s,e[11]*=r,this}getMaxScaleOnAxis(){let t=this.elements,e=t[0]*t[0]+t[1]*t[1]+t[2]*t[2],n=t[4]*t[4]+t[5]*t[5]+t[6]*t[6],s=t[8]*t[8]+t[9]*t[9]+t[10]*t[10];return Math.sqrt(Math.max(e,n,s))}makeTranslation(t,e,n){return t.isVector3?this.set(1,0,0,t.x,0,1,0,t.y,0,0,1,t.z,0,0,0,1):this.set(1,0,0,t,0,1,0,e,0,0,1,n,0,0,0,1),this}makeRotationX(t){let e=Math.cos(t),n=Math.sin(t);return this.set(1,0,0,0,0,e,-n,0,0,n,e,0,0,0,0,1),this}makeRotationY(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,0,n,0,0,1,0,0,-n,0,e,0,0,0,0,1),this}makeRotationZ(t){let e=Math.cos(t),n=Math.sin(t);return this.set(e,-n,0,0,n,e,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(t,e){let n=Math.cos(e),s=Math.sin(e),r=1-n,o=t.x,a=t.y,l=t.z,c=r*o,h=r*a;return this.set(c*o+n,c*a-s*l,c*l+s*a,0,c*a+s*l,h*a+n,h*l-s*o,0,c*l-s*a,h*l+s*o,r*l*l+n,0,0,0,0,1),this}makeScale(t,e,n){return this.set(t,0,0,0,0,e,0,0,0,0,n,0,0,0,0,1),this}makeShear(t,e,n,s,r,o){return this.set(1,n,r,0,t,1,o,0,e,s,1,0,0,0,0,1),this}compose(t,e,n){let s=this.elements,r=e._x,o=e._y,a=e._z,l=e._w,c=r+r,h=o+o,u=a+a,f=r*c,d=r*h,_=r*u,E=o*h,g=o*u,p=a*u,b=l*c,A=l*h,M=l*u,R=n.x,y=n.y,x=n.z;return s[0]=(1-(E+p))*R,s[1]=(d+M)*R,s[2]=(_-A)*R,s[3]=0,s[4]=(d-M)*y,s[5]=(1-(f+p))*y,s[6]=(g+b)*y,s[7]=0,s[8]=(_+A)*x,s[9]=(g-b)*x,s[10]=(1-(f+E))*x,s[11]=0,s[12]=t.x,s[13]=t.y,s[14]=t.z,s[15]=1,this}decompose(t,e,n){let s=this.elements;t.x=s[12],t.y=s[13],t.z=s[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),e.identity(),this;let o=bs.set(s[0],s[1],s[2]).length(),a=bs.set(s[4],s[5],s[6]).length(),l=bs.set(s[8],s[9],s[10]).length();r<0&&(o=-o),On.copy(this);let c=1/o,h=1/a,u=1/l;return On.elements[0]*=c,On.elements[1]*=c,On.elements[2]*=c,On.elements[4]*=h,On.elements[5]*=h,On.elements[6]*=h,On.elements[8]*=u,On.elements[9]*=u,On.elements[10]*=u,e.setFromRotationMatrix(On),n.x=o,n.y=a,n.z=l,this}makePerspective(t,e,n,s,r,o,a=Ln,l=!1){let c=this.elements,h=2*r/(e-t),u=2*r/(n-s),f=(e+t)/(e-t),d=(n+s)/(n-s),_,E;if(l)_=r/(o-r),E=o*r/(o-r);else if(a===Ln)_=-(o+r)/(o-r),E=-2*o*r/(o-r);else if(a===Bs)_=-o/(o-r),E=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=f,c[12]=0,c[1]=0,c[5]=u,c[9]=d,c[13]=0,c[2]=0,c[6]=0,c[10]=_,c[14]=E,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(t,e,n,s,r,o,a=Ln,l=!1){let c=this.elements,h=2/(e-t),u=2/(n-s),f=-(e+t)/(e-t),d=-(n+s)/(n-s),_,E;if(l)_=1/(o-r),E=o/(o-r);else if(a===Ln)_=-2/(o-r),E=-(o+r)/(o-r);else if(a===Bs)_=-1/(o-r),E=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=h,c[4]=0,c[8]=0,c[12]=f,c[1]=0,c[5]=u,c[9]=0,c[13]=d,c[2]=0,c[6]=0,c[10]=_,c[14]=E,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(t){let e=this.elements,n=t.elements;for(let s=0;s<16;s++)if(e[s]!==n[s])return!1;return!0}fromArray(t,e=0){for(let n=0;n<16;n++)this.elements[n]=t[n+e];return this}toArray(t=[],e=0){let n=this.elements;return t[e]=n[0],t[e+1]=n[1],t[e+2]=n[2],t[e+3]=n[3],t[e+4]=n[4],t[e+5]=n[5],t[e+6]=n[6],t[e+7]=n[7],t[e+8]=n[8],t[e+9]=n[9],t[e+10]=n[10],t[e+11]=n[11],t[e+12]=n[12],t[e+13]=n[13],t[e+14]=n[14],t[e+15]=n[15],t}},bs=new V,On=new Te,d0=new V(0,0,0),p0=new V(1,1,1),bi=new V,Do=new V,yn=new V,Af=new Te,Tf=new Kn,gi=class i{constructor(t=0,e=0,n=0,s=i.DEFAULT_ORDER){this.isEuler=!0,this._x=t,this._y=e,this._z=n,this._order=s}get x(){return this._x}set x(t){this._x=t,this._onChangeCallback()}get y(){return this._y}set y(t){this._y=t,this._onChangeCallback()}get z(){return this._z}set z(t){this._z=t,this._onChangeCallback()}get order(){return this._order}set order(t){this._order=t,this._onChangeCallback()}set(t,e,n,s=this._order){return this._x=t,this._y=e,this._z=n,this._order=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(t){return this._x=t._x,this._y=t._y,this._z=t._z,this._order=t._order,this._onChangeCallback(),this}setFromRotationMatrix(t,e=this._order,n=!0){let s=t.elements,r=s[0],o=s[4],a=s[8],l=s[1],c=s[5],h=s[9],u=s[2],f=s[6],d=s[10];switch(e){case"XYZ":this._y=Math.asin(re(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-h,d),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(f,c),this._z=0);break;case"YXZ":this._x=Math.asin(-re(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(a,d),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-u,r),this._z=0);break;case"ZXY":this._x=Math.asin(re(f,-1,1)),Math.abs(f)<.9999999?(this._y=Math.atan2(-u,d),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,r));break;case"ZYX":this._y=Math.asin(-re(u,-1,1)),Math.abs(u)<.9999999?(this._x=Math.atan2(f,d),this._z=Math.atan2(l,r)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(re(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-u,r)):(this._x=0,this._y=Math.atan2(a,d));break;case"XZY":this._z=Math.asin(-re(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(f,c),this._y=Math.atan2(a,r)):(this._x=Math.atan2(-h,d),this._y=0);break;default:zt("Euler: .setFromRotationMatrix() encountered an unknown order: "+e)}return this._order=e,n===!0&&this._onChangeCallback(),this}setFromQuaternion(t,e,n){return Af.makeRotationFromQuaternion(t),this.setFromRotationMatrix(Af,e,n)}setFromVector3(t,e=this._order){return this.set(t.x,t.y,t.z,e)}reorder(t){return Tf.setFromEuler(this),this.setFromQuaternion(Tf,t)}equals(t){return t._x===this._x&&t._y===this._y&&t._z===this._z&&t._order===this._order}fromArray(t){return this._x=t[0],this._y=t[1],this._z=t[2],t[3]!==void 0&&(this._order=t[3]),this._onChangeCallback(),this}toArray(t=[],e=0){return t[e]=this._x,t[e+1]=this._y,t[e+2]=this._z,t[e+3]=this._order,t}_onChange(t){return this._onChangeCallback=t,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};gi.DEFAULT_ORDER="XYZ";var Ir=class{constructor(){this.mask=1}set(t){this.mask=(1<<t|0)>>>0}enable(t){this.mask|=1<<t|0}enableAll(){this.mask=-1}toggle(t){this.mask^=1<<t|0}disable(t){this.mask&=~(1<<t|0)}disableAll(){this.mask=0}test(t){return(this.mask&t.mask)!==0}isEnabled(t){return(this.mask&(1<<t|0))!==0}},m0=0,Rf=new V,Es=new Kn,ci=new Te,Uo=new V,xr=new V,g0=new V,_0=new Kn,Cf=new V(1,0,0),If=new V(0,1,0),Pf=new V(0,0,1),Lf={type:"added"},x0={type:"removed"},As={type:"childadded",child:null},Uc={type:"childremoved",child:null},tn=class i extends Jn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:m0++}),this.uuid=Qr(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let t=new V,e=new gi,n=new Kn,s=new V(1,1,1);function r(){n.setFromEuler(e,!1)}function o(){e.setFromQuaternion(n,void 0,!1)}e._onChange(r),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:t},rotation:{configurable:!0,enumerable:!0,value:e},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:s},modelViewMatrix:{value:new Te},normalMatrix:{value:new Xt}}),this.matrix=new Te,this.matrixWorld=new Te,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Ir,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(t){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(t),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(t){return this.quaternion.premultiply(t),this}setRotationFromAxisAngle(t,e){this.quaternion.setFromAxisAngle(t,e)}setRotationFromEuler(t){this.quaternion.setFromEuler(t,!0)}setRotationFromMatrix(t){this.quaternion.setFromRotationMatrix(t)}setRotationFromQuaternion(t){this.quaternion.copy(t)}rotateOnAxis(t,e){return Es.setFromAxisAngle(t,e),this.quaternion.multiply(Es),this}rotateOnWorldAxis(t,e){return Es.setFromAxisAngle(t,e),this.quaternion.premultiply(Es),this}rotateX(t){return this.rotateOnAxis(Cf,t)}rotateY(t){return this.rotateOnAxis(If,t)}rotateZ(t){return this.rotateOnAxis(Pf,t)}translateOnAxis(t,e){return Rf.copy(t).applyQuaternion(this.quaternion),this.position.add(Rf.multiplyScalar(e)),this}translateX(t){return this.translateOnAxis(Cf,t)}translateY(t){return this.translateOnAxis(If,t)}translateZ(t){return this.translateOnAxis(Pf,t)}localToWorld(t){return this.updateWorldMatrix(!0,!1),t.applyMatrix4(this.matrixWorld)}worldToLocal(t){return this.updateWorldMatrix(!0,!1),t.applyMatrix4(ci.copy(this.matrixWorld).invert())}lookAt(t,e,n){t.isVector3?Uo.copy(t):Uo.set(t,e,n);let s=this.parent;this.updateWorldMatrix(!0,!1),xr.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?ci.lookAt(xr,Uo,this.up):ci.lookAt(Uo,xr,this.up),this.quaternion.setFromRotationMatrix(ci),s&&(ci.extractRotation(s.matrixWorld),Es.setFromRotationMatrix(ci),this.quaternion.premultiply(Es.invert()))}add(t){if(arguments.length>1){for(let e=0;e<arguments.length;e++)this.add(arguments[e]);return this}return t===this?(Ht("Object3D.add: object can't be added as a child of itself.",t),this):(t&&t.isObject3D?(t.removeFromParent(),t.parent=this,this.children.push(t),t.dispatchEvent(Lf),As.child=t,this.dispatchEvent(As),As.child=null):Ht("Object3D.add: object not an instance of THREE.Object3D.",t),this)}remove(t){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let e=this.children.indexOf(t);return e!==-1&&(t.parent=null,this.children.splice(e,1),t.dispatchEvent(x0),Uc.child=t,this.dispatchEvent(Uc),Uc.child=null),this}removeFromParent(){let t=this.parent;return t!==null&&t.remove(this),this}clear(){return this.remove(...this.children)}attach(t){return this.updateWorldMatrix(!0,!1),ci.copy(this.matrixWorld).invert(),t.parent!==null&&(t.parent.updateWorldMatrix(!0,!1),ci.multiply(t.parent.matrixWorld)),t.applyMatrix4(ci),t.removeFromParent(),t.parent=this,this.children.push(t),t.updateWorldMatrix(!1,!0),t.dispatchEvent(Lf),As.child=t,this.dispatchEvent(As),As.child=null,this}getObjectById(t){return this.getObjectByProperty("id",t)}getObjectByName(t){return this.getObjectByProperty("name",t)}getObjectByProperty(t,e){if(this[t]===e)return this;for(let n=0,s=this.children.length;n<s;n++){let o=this.children[n].getObjectByProperty(t,e);if(o!==void 0)return o}}getObjectsByProperty(t,e,n=[]){this[t]===e&&n.push(this);let s=this.children;for(let r=0,o=s.length;r<o;r++)s[r].getObjectsByProperty(t,e,n);return n}getWorldPosition(t){return this.updateWorldMatrix(!0,!1),t.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(t){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(xr,t,g0),t}getWorldScale(t){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(xr,_0,t),t}getWorldDirection(t){this.updateWorldMatrix(!0,!1);let e=this.matrixWorld.elements;return t.set(e[8],e[9],e[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(t){t(this);let e=this.children;for(let n=0,s=e.length;n<s;n++)e[n].traverse(t)}traverseVisible(t){if(this.visible===!1)return;t(this);let e=this.children;for(let n=0,s=e.length;n<s;n++)e[n].traverseVisible(t)}traverseAncestors(t){let e=this.parent;e!==null&&(t(e),e.traverseAncestors(t))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let t=this.pivot;if(t!==null){let e=t.x,n=t.y,s=t.z,r=this.matrix.elements;r[12]+=e-r[0]*e-r[4]*n-r[8]*s,r[13]+=n-r[1]*e-r[5]*n-r[9]*s,r[14]+=s-r[2]*e-r[6]*n-r[10]*s}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(t){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||t)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,t=!0);let e=this.children;for(let n=0,s=e.length;n<s;n++)e[n].updateMatrixWorld(t)}updateWorldMatrix(t,e,n=!1){let s=this.parent;if(t===!0&&s!==null&&s.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),e===!0){let r=this.children;for(let o=0,a=r.length;o<a;o++)r[o].updateWorldMatrix(!1,!0,n)}}toJSON(t){let e=t===void 0||typeof t=="string",n={};e&&(t={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let s={};s.uuid=this.uuid,s.type=this.type,s.name=this.name,s.castShadow=this.castShadow,s.receiveShadow=this.receiveShadow,s.visible=this.visible,s.frustumCulled=this.frustumCulled,s.renderOrder=this.renderOrder,s.static=this.static,s.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(s.userData=this.userData),s.layers=this.layers.mask,s.matrix=this.matrix.toArray(),s.up=this.up.toArray(),this.pivot!==null&&(s.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(s.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(s.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(s.type="InstancedMesh",s.count=this.count,s.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(s.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(s.type="BatchedMesh",s.perObjectFrustumCulled=this.perObjectFrustumCulled,s.sortObjects=this.sortObjects,s.drawRanges=this._drawRanges,s.reservedRanges=this._reservedRanges,s.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),s.instanceInfo=this._instanceInfo.map(a=>({...a})),s.availableInstanceIds=this._availableInstanceIds.slice(),s.availableGeometryIds=this._availableGeometryIds.slice(),s.nextIndexStart=this._nextIndexStart,s.nextVertexStart=this._nextVertexStart,s.geometryCount=this._geometryCount,s.maxInstanceCount=this._maxInstanceCount,s.maxVertexCount=this._maxVertexCount,s.maxIndexCount=this._maxIndexCount,s.geometryInitialized=this._geometryInitialized,s.matricesTexture=this._matricesTexture.toJSON(t),s.indirectTexture=this._indirectTexture.toJSON(t),this._colorsTexture!==null&&(s.colorsTexture=this._colorsTexture.toJSON(t)),this.boundingSphere!==null&&(s.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(s.boundingBox=this.boundingBox.toJSON()));function r(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(t)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?s.background=this.background.toJSON():this.background.isTexture&&(s.background=this.background.toJSON(t).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(s.environment=this.environment.toJSON(t).uuid);else if(this.isMesh||this.isLine||this.isPoints){s.geometry=r(t.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let u=l[c];r(t.shapes,u)}else r(t.shapes,l)}}if(this.isSkinnedMesh&&(s.bindMode=this.bindMode,s.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(t.skeletons,this.skeleton),s.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(r(t.materials,this.material[l]));s.material=a}else s.material=r(t.materials,this.material);if(this.children.length>0){s.children=[];for(let a=0;a<this.children.length;a++)s.children.push(this.children[a].toJSON(t).object)}if(this.animations.length>0){s.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];s.animations.push(r(t.animations,l))}}if(e){let a=o(t.geometries),l=o(t.materials),c=o(t.textures),h=o(t.images),u=o(t.shapes),f=o(t.skeletons),d=o(t.animations),_=o(t.nodes);a.length>0&&(n.geometries=a),l.length>0&&(n.materials=l),c.length>0&&(n.textures=c),h.length>0&&(n.images=h),u.length>0&&(n.shapes=u),f.length>0&&(n.skeletons=f),d.length>0&&(n.animations=d),_.length>0&&(n.nodes=_)}return n.object=s,n;function o(a){let l=[];for(let c in a){let h=a[c];delete h.metadata,l.push(h)}return l}}clone(t){return new this.constructor().copy(this,t)}copy(t,e=!0){if(this.name=t.name,this.up.copy(t.up),this.position.copy(t.position),this.rotation.order=t.rotation.order,this.quaternion.copy(t.quaternion),this.scale.copy(t.scale),this.pivot=t.pivot!==null?t.pivot.clone():null,this.matrix.copy(t.matrix),this.matrixWorld.copy(t.matrixWorld),this.matrixAutoUpdate=t.matrixAutoUpdate,this.matrixWorldAutoUpdate=t.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=t.matrixWorldNeedsUpdate,this.layers.mask=t.layers.mask,this.visible=t.visible,this.castShadow=t.castShadow,this.receiveShadow=t.receiveShadow,this.frustumCulled=t.frustumCulled,this.renderOrder=t.renderOrder,this.static=t.static,this.animations=t.animations.slice(),this.userData=JSON.parse(JSON.stringify(t.userData)),e===!0)for(let n=0;n<t.children.length;n++){let s=t.children[n];this.add(s.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};tn.DEFAULT_UP=new V(0,1,0);tn.DEFAULT_MATRIX_AUTO_UPDATE=!0;tn.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var Sn=class extends tn{constructor(){super(),this.isGroup=!0,this.type="Group"}},y0={type:"move"},Gs=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new Sn,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new Sn,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new V,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new V),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new Sn,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new V,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new V,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(t){return this._targetRay!==null&&this._targetRay.dispatchEvent(t),this._grip!==null&&this._grip.dispatchEvent(t),this._hand!==null&&this._hand.dispatchEvent(t),this}connect(t){if(t&&t.hand){let e=this._hand;if(e)for(let n of t.hand.values())this._getHandJoint(e,n)}return this.dispatchEvent({type:"connected",data:t}),this}disconnect(t){return this.dispatchEvent({type:"disconnected",data:t}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(t,e,n){let s=null,r=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(t&&e.session.visibilityState!=="visible-blurred"){if(c&&t.hand){o=!0;for(let E of t.hand.values()){let g=e.getJointPose(E,n),p=this._getHandJoint(c,E);g!==null&&(p.matrix.fromArray(g.transform.matrix),p.matrix.decompose(p.position,p.quaternion,p.scale),p.matrixWorldNeedsUpdate=!0,p.jointRadius=g.radius),p.visible=g!==null}let h=c.joints["index-finger-tip"],u=c.joints["thumb-tip"],f=h.position.distanceTo(u.position),d=.02,_=.005;c.inputState.pinching&&f>d+_?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:t.handedness,target:this})):!c.inputState.pinching&&f<=d-_&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:t.handedness,target:this}))}else l!==null&&t.gripSpace&&(r=e.getPose(t.gripSpace,n),r!==null&&(l.matrix.fromArray(r.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,r.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(r.linearVelocity)):l.hasLinearVelocity=!1,r.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(r.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:t,target:this})));a!==null&&(s=e.getPose(t.targetRaySpace,n),s===null&&r!==null&&(s=r),s!==null&&(a.matrix.fromArray(s.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,s.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(s.linearVelocity)):a.hasLinearVelocity=!1,s.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(s.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(y0)))}return a!==null&&(a.visible=s!==null),l!==null&&(l.visible=r!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(t,e){if(t.joints[e.jointName]===void 0){let n=new Sn;n.matrixAutoUpdate=!1,n.visible=!1,t.joints[e.jointName]=n,t.add(n)}return t.joints[e.jointName]}},Ld={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Ei={h:0,s:0,l:0},No={h:0,s:0,l:0};function Nc(i,t,e){return e<0&&(e+=1),e>1&&(e-=1),e<1/6?i+(t-i)*6*e:e<1/2?t:e<2/3?i+(t-i)*6*(2/3-e):i}var Jt=class{constructor(t,e,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(t,e,n)}set(t,e,n){if(e===void 0&&n===void 0){let s=t;s&&s.isColor?this.copy(s):typeof s=="number"?this.setHex(s):typeof s=="string"&&this.setStyle(s)}else this.setRGB(t,e,n);return this}setScalar(t){return this.r=t,this.g=t,this.b=t,this}setHex(t,e=on){return t=Math.floor(t),this.r=(t>>16&255)/255,this.g=(t>>8&255)/255,this.b=(t&255)/255,ae.colorSpaceToWorking(this,e),this}setRGB(t,e,n,s=ae.workingColorSpace){return this.r=t,this.g=e,this.b=n,ae.colorSpaceToWorking(this,s),this}setHSL(t,e,n,s=ae.workingColorSpace){if(t=a0(t,1),e=re(e,0,1),n=re(n,0,1),e===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+e):n+e-n*e,o=2*n-r;this.r=Nc(o,r,t+1/3),this.g=Nc(o,r,t),this.b=Nc(o,r,t-1/3)}return ae.colorSpaceToWorking(this,s),this}setStyle(t,e=on){function n(r){r!==void 0&&parseFloat(r)<1&&zt("Color: Alpha component of "+t+" will be ignored.")}let s;if(s=/^(\w+)\(([^\)]*)\)/.exec(t)){let r,o=s[1],a=s[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,e);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,e);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,e);break;default:zt("Color: Unknown color model "+t)}}else if(s=/^\#([A-Fa-f\d]+)$/.exec(t)){let r=s[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,e);if(o===6)return this.setHex(parseInt(r,16),e);zt("Color: Invalid hex color "+t)}else if(t&&t.length>0)return this.setColorName(t,e);return this}setColorName(t,e=on){let n=Ld[t.toLowerCase()];return n!==void 0?this.setHex(n,e):zt("Color: Unknown color "+t),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(t){return this.r=t.r,this.g=t.g,this.b=t.b,this}copySRGBToLinear(t){return this.r=pi(t.r),this.g=pi(t.g),this.b=pi(t.b),this}copyLinearToSRGB(t){return this.r=Fs(t.r),this.g=Fs(t.g),this.b=Fs(t.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(t=on){return ae.workingToColorSpace(Qe.copy(this),t),Math.round(re(Qe.r*255,0,255))*65536+Math.round(re(Qe.g*255,0,255))*256+Math.round(re(Qe.b*255,0,255))}getHexString(t=on){return("000000"+this.getHex(t).toString(16)).slice(-6)}getHSL(t,e=ae.workingColorSpace){ae.workingToColorSpace(Qe.copy(this),e);let n=Qe.r,s=Qe.g,r=Qe.b,o=Math.max(n,s,r),a=Math.min(n,s,r),l,c,h=(a+o)/2;if(a===o)l=0,c=0;else{let u=o-a;switch(c=h<=.5?u/(o+a):u/(2-o-a),o){case n:l=(s-r)/u+(s<r?6:0);break;case s:l=(r-n)/u+2;break;case r:l=(n-s)/u+4;break}l/=6}return t.h=l,t.s=c,t.l=h,t}getRGB(t,e=ae.workingColorSpace){return ae.workingToColorSpace(Qe.copy(this),e),t.r=Qe.r,t.g=Qe.g,t.b=Qe.b,t}getStyle(t=on){ae.workingToColorSpace(Qe.copy(this),t);let e=Qe.r,n=Qe.g,s=Qe.b;return t!==on?`color(${t} ${e.toFixed(3)} ${n.toFixed(3)} ${s.toFixed(3)})`:`rgb(${Math.round(e*255)},${Math.round(n*255)},${Math.round(s*255)})`}offsetHSL(t,e,n){return this.getHSL(Ei),this.setHSL(Ei.h+t,Ei.s+e,Ei.l+n)}add(t){return this.r+=t.r,this.g+=t.g,this.b+=t.b,this}addColors(t,e){return this.r=t.r+e.r,this.g=t.g+e.g,this.b=t.b+e.b,this}addScalar(t){return this.r+=t,this.g+=t,this.b+=t,this}sub(t){return this.r=Math.max(0,this.r-t.r),this.g=Math.max(0,this.g-t.g),this.b=Math.max(0,this.b-t.b),this}multiply(t){return this.r*=t.r,this.g*=t.g,this.b*=t.b,this}multiplyScalar(t){return this.r*=t,this.g*=t,this.b*=t,this}lerp(t,e){return this.r+=(t.r-this.r)*e,this.g+=(t.g-this.g)*e,this.b+=(t.b-this.b)*e,this}lerpColors(t,e,n){return this.r=t.r+(e.r-t.r)*n,this.g=t.g+(e.g-t.g)*n,this.b=t.b+(e.b-t.b)*n,this}lerpHSL(t,e){this.getHSL(Ei),t.getHSL(No);let n=Cc(Ei.h,No.h,e),s=Cc(Ei.s,No.s,e),r=Cc(Ei.l,No.l,e);return this.setHSL(n,s,r),this}setFromVector3(t){return this.r=t.x,this.g=t.y,this.b=t.z,this}applyMatrix3(t){let e=this.r,n=this.g,s=this.b,r=t.elements;return this.r=r[0]*e+r[3]*n+r[6]*s,this.g=r[1]*e+r[4]*n+r[7]*s,this.b=r[2]*e+r[5]*n+r[8]*s,this}equals(t){return t.r===this.r&&t.g===this.g&&t.b===this.b}fromArray(t,e=0){return this.r=t[e],this.g=t[e+1],this.b=t[e+2],this}toArray(t=[],e=0){return t[e]=this.r,t[e+1]=this.g,t[e+2]=this.b,t}fromBufferAttribute(t,e){return this.r=t.getX(e),this.g=t.getY(e),this.b=t.getZ(e),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Qe=new Jt;Jt.NAMES=Ld;var ji=class extends tn{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new gi,this.environmentIntensity=1,this.environmentRotation=new gi,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(t,e){return super.copy(t,e),this.background=t.background!==null?t.background.clone():null,this.environment=t.environment!==null?t.environment.clone():null,this.fog=t.fog!==null?t.fog.clone():null,this.backgroundBlurriness=t.backgroundBlurriness,this.backgroundIntensity=t.backgroundIntensity,this.backgroundRotation.copy(t.backgroundRotation),this.environmentIntensity=t.environmentIntensity,this.environmentRotation.copy(t.environmentRotation),this.overrideMaterial=t.overrideMaterial!==null?t.overrideMaterial.clone():null,this.matrixAutoUpdate=t.matrixAutoUpdate,this}toJSON(t){let e=super.toJSON(t);return this.fog!==null&&(e.object.fog=this.fog.toJSON()),e.object.backgroundBlurriness=this.backgroundBlurriness,e.object.backgroundIntensity=this.backgroundIntensity,e.object.backgroundRotation=this.backgroundRotation.toArray(),e.object.environmentIntensity=this.environmentIntensity,e.object.environmentRotation=this.environmentRotation.toArray(),e}},Bn=new V,hi=new V,Fc=new V,ui=new V,Ts=new V,Rs=new V,Df=new V,Oc=new V,Bc=new V,kc=new V,zc=new Ce,Gc=new Ce,Vc=new Ce,Ci=class i{constructor(t=new V,e=new V,n=new V){this.a=t,this.b=e,this.c=n}static getNormal(t,e,n,s){s.subVectors(n,e),Bn.subVectors(t,e),s.cross(Bn);let r=s.lengthSq();return r>0?s.multiplyScalar(1/Math.sqrt(r)):s.set(0,0,0)}static getBarycoord(t,e,n,s,r){Bn.subVectors(s,e),hi.subVectors(n,e),Fc.subVectors(t,e);let o=Bn.dot(Bn),a=Bn.dot(hi),l=Bn.dot(Fc),c=hi.dot(hi),h=hi.dot(Fc),u=o*c-a*a;if(u===0)return r.set(0,0,0),null;let f=1/u,d=(c*l-a*h)*f,_=(o*h-a*l)*f;return r.set(1-d-_,_,d)}static containsPoint(t,e,n,s){return this.getBarycoord(t,e,n,s,ui)===null?!1:ui.x>=0&&ui.y>=0&&ui.x+ui.y<=1}static getInterpolation(t,e,n,s,r,o,a,l){return this.getBarycoord(t,e,n,s,ui)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(r,ui.x),l.addScaledVector(o,ui.y),l.addScaledVector(a,ui.z),l)}static getInterpolatedAttribute(t,e,n,s,r,o){return zc.setScalar(0),Gc.setScalar(0),Vc.setScalar(0),zc.fromBufferAttribute(t,e),Gc.fromBufferAttribute(t,n),Vc.fromBufferAttribute(t,s),o.setScalar(0),o.addScaledVector(zc,r.x),o.addScaledVector(Gc,r.y),o.addScaledVector(Vc,r.z),o}static isFrontFacing(t,e,n,s){return Bn.subVectors(n,e),hi.subVectors(t,e),Bn.cross(hi).dot(s)<0}set(t,e,n){return this.a.copy(t),this.b.copy(e),this.c.copy(n),this}setFromPointsAndIndices(t,e,n,s){return this.a.copy(t[e]),this.b.copy(t[n]),this.c.copy(t[s]),this}setFromAttributeAndIndices(t,e,n,s){return this.a.fromBufferAttribute(t,e),this.b.fromBufferAttribute(t,n),this.c.fromBufferAttribute(t,s),this}clone(){return new this.constructor().copy(this)}copy(t){return this.a.copy(t.a),this.b.copy(t.b),this.c.copy(t.c),this}getArea(){return Bn.subVectors(this.c,this.b),hi.subVectors(this.a,this.b),Bn.cross(hi).length()*.5}getMidpoint(t){return t.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(t){return i.getNormal(this.a,this.b,this.c,t)}getPlane(t){return t.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(t,e){return i.getBarycoord(t,this.a,this.b,this.c,e)}getInterpolation(t,e,n,s,r){return i.getInterpolation(t,this.a,this.b,this.c,e,n,s,r)}containsPoint(t){return i.containsPoint(t,this.a,this.b,this.c)}isFrontFacing(t){return i.isFrontFacing(this.a,this.b,this.c,t)}intersectsBox(t){return t.intersectsTriangle(this)}closestPointToPoint(t,e){let n=this.a,s=this.b,r=this.c,o,a;Ts.subVectors(s,n),Rs.subVectors(r,n),Oc.subVectors(t,n);let l=Ts.dot(Oc),c=Rs.dot(Oc);if(l<=0&&c<=0)return e.copy(n);Bc.subVectors(t,s);let h=Ts.dot(Bc),u=Rs.dot(Bc);if(h>=0&&u<=h)return e.copy(s);let f=l*u-h*c;if(f<=0&&l>=0&&h<=0&&l-h>0)return o=l/(l-h),e.copy(n).addScaledVector(Ts,o);kc.subVectors(t,r);let d=Ts.dot(kc),_=Rs.dot(kc);if(_>=0&&d<=_)return e.copy(r);let E=d*c-l*_;if(E<=0&&c>=0&&_<=0)return a=c/(c-_),e.copy(n).addScaledVector(Rs,a);let g=h*_-d*u;if(g<=0&&u-h>=0&&d-_>=0)return Df.subVectors(r,s),a=(u-h)/(u-h+(d-_)),e.copy(s).addScaledVector(Df,a);let p=1/(g+E+f);return o=E*p,a=f*p,e.copy(n).addScaledVector(Ts,o).addScaledVector(Rs,a)}equals(t){return t.a.equals(this.a)&&t.b.equals(this.b)&&t.c.equals(this.c)}},Ii=class{constructor(t=new V(1/0,1/0,1/0),e=new V(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=t,this.max=e}set(t,e){return this.min.copy(t),this.max.copy(e),this}setFromArray(t){this.makeEmpty();for(let e=0,n=t.length;e<n;e+=3)this.expandByPoint(kn.fromArray(t,e));return this}setFromBufferAttribute(t){this.makeEmpty();for(let e=0,n=t.count;e<n;e++)this.expandByPoint(kn.fromBufferAttribute(t,e));return this}setFromPoints(t){this.makeEmpty();for(let e=0,n=t.length;e<n;e++)this.expandByPoint(t[e]);return this}setFromCenterAndSize(t,e){let n=kn.copy(e).multiplyScalar(.5);return this.min.copy(t).sub(n),this.max.copy(t).add(n),this}setFromObject(t,e=!1){return this.makeEmpty(),this.expandByObject(t,e)}clone(){return new this.constructor().copy(this)}copy(t){return this.min.copy(t.min),this.max.copy(t.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(t){return this.isEmpty()?t.set(0,0,0):t.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(t){return this.isEmpty()?t.set(0,0,0):t.subVectors(this.max,this.min)}expandByPoint(t){return this.min.min(t),this.max.max(t),this}expandByVector(t){return this.min.sub(t),this.max.add(t),this}expandByScalar(t){return this.min.addScalar(-t),this.max.addScalar(t),this}expandByObject(t,e=!1){t.updateWorldMatrix(!1,!1);let n=t.geometry;if(n!==void 0){let r=n.getAttribute("position");if(e===!0&&r!==void 0&&t.isInstancedMesh!==!0&&t.isBatchedMesh!==!0)for(let o=0,a=r.count;o<a;o++)t.isMesh===!0?t.getVertexPosition(o,kn):kn.fromBufferAttribute(r,o),kn.applyMatrix4(t.matrixWorld),this.expandByPoint(kn);else t.boundingBox!==void 0?(t.boundingBox===null&&t.computeBoundingBox(),Fo.copy(t.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),Fo.copy(n.boundingBox)),Fo.applyMatrix4(t.matrixWorld),this.union(Fo)}let s=t.children;for(let r=0,o=s.length;r<o;r++)this.expandByObject(s[r],e);return this}containsPoint(t){return t.x>=this.min.x&&t.x<=this.max.x&&t.y>=this.min.y&&t.y<=this.max.y&&t.z>=this.min.z&&t.z<=this.max.z}containsBox(t){return this.min.x<=t.min.x&&t.max.x<=this.max.x&&this.min.y<=t.min.y&&t.max.y<=this.max.y&&this.min.z<=t.min.z&&t.max.z<=this.max.z}getParameter(t,e){return e.set((t.x-this.min.x)/(this.max.x-this.min.x),(t.y-this.min.y)/(this.max.y-this.min.y),(t.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(t){return t.max.x>=this.min.x&&t.min.x<=this.max.x&&t.max.y>=this.min.y&&t.min.y<=this.max.y&&t.max.z>=this.min.z&&t.min.z<=this.max.z}intersectsSphere(t){return this.clampPoint(t.center,kn),kn.distanceToSquared(t.center)<=t.radius*t.radius}intersectsPlane(t){let e,n;return t.normal.x>0?(e=t.normal.x*this.min.x,n=t.normal.x*this.max.x):(e=t.normal.x*this.max.x,n=t.normal.x*this.min.x),t.normal.y>0?(e+=t.normal.y*this.min.y,n+=t.normal.y*this.max.y):(e+=t.normal.y*this.max.y,n+=t.normal.y*this.min.y),t.normal.z>0?(e+=t.normal.z*this.min.z,n+=t.normal.z*this.max.z):(e+=t.normal.z*this.max.z,n+=t.normal.z*this.min.z),e<=-t.constant&&n>=-t.constant}intersectsTriangle(t){if(this.isEmpty())return!1;this.getCenter(yr),Oo.subVectors(this.max,yr),Cs.subVectors(t.a,yr),Is.subVectors(t.b,yr),Ps.subVectors(t.c,yr),Ai.subVectors(Is,Cs),Ti.subVectors(Ps,Is),Yi.subVectors(Cs,Ps);let e=[0,-Ai.z,Ai.y,0,-Ti.z,Ti.y,0,-Yi.z,Yi.y,Ai.z,0,-Ai.x,Ti.z,0,-Ti.x,Yi.z,0,-Yi.x,-Ai.y,Ai.x,0,-Ti.y,Ti.x,0,-Yi.y,Yi.x,0];return!Hc(e,Cs,Is,Ps,Oo)||(e=[1,0,0,0,1,0,0,0,1],!Hc(e,Cs,Is,Ps,Oo))?!1:(Bo.crossVectors(Ai,Ti),e=[Bo.x,Bo.y,Bo.z],Hc(e,Cs,Is,Ps,Oo))}clampPoint(t,e){return e.copy(t).clamp(this.min,this.max)}distanceToPoint(t){return this.clampPoint(t,kn).distanceTo(t)}getBoundingSphere(t){return this.isEmpty()?t.makeEmpty():(this.getCenter(t.center),t.radius=this.getSize(kn).length()*.5),t}intersect(t){return this.min.max(t.min),this.max.min(t.max),this.isEmpty()&&this.makeEmpty(),this}union(t){return this.min.min(t.min),this.max.max(t.max),this}applyMatrix4(t){return this.isEmpty()?this:(fi[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(t),fi[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(t),fi[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(t),fi[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(t),fi[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(t),fi[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(t),fi[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(t),fi[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(t),this.setFromPoints(fi),this)}translate(t){return this.min.add(t),this.max.add(t),this}equals(t){return t.min.equals(this.min)&&t.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(t){return this.min.fromArray(t.min),this.max.fromArray(t.max),this}},fi=[new V,new V,new V,new V,new V,new V,new V,new V],kn=new V,Fo=new Ii,Cs=new V,Is=new V,Ps=new V,Ai=new V,Ti=new V,Yi=new V,yr=new V,Oo=new V,Bo=new V,Zi=new V;function Hc(i,t,e,n,s){for(let r=0,o=i.length-3;r<=o;r+=3){Zi.fromArray(i,r);let a=s.x*Math.abs(Zi.x)+s.y*Math.abs(Zi.y)+s.z*Math.abs(Zi.z),l=t.dot(Zi),c=e.dot(Zi),h=n.dot(Zi);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>a)return!1}return!0}var ze=new V,ko=new Ot,v0=0,Je=class extends Jn{constructor(t,e,n=!1){if(super(),Array.isArray(t))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:v0++}),this.name="",this.array=t,this.itemSize=e,this.count=t!==void 0?t.length/e:0,this.normalized=n,this.usage=Ad,this.updateRanges=[],this.gpuType=Vn,this.version=0,this._normalizationScale=t!==void 0?Dh(t):void 0}onUploadCallback(){}set needsUpdate(t){t===!0&&this.version++}setUsage(t){return this.usage=t,this}addUpdateRange(t,e){this.updateRanges.push({start:t,count:e})}clearUpdateRanges(){this.updateRanges.length=0}copy(t){return this.name=t.name,this.array=new t.array.constructor(t.array),this.itemSize=t.itemSize,this.count=t.count,this.normalized=t.normalized,this.usage=t.usage,this.gpuType=t.gpuType,this._normalizationScale=t._normalizationScale,this}copyAt(t,e,n){t*=this.itemSize,n*=e.itemSize;for(let s=0,r=this.itemSize;s<r;s++)this.array[t+s]=e.array[n+s];return this}copyArray(t){return this.array.set(t),this}applyMatrix3(t){if(this.itemSize===2)for(let e=0,n=this.count;e<n;e++)ko.fromBufferAttribute(this,e),ko.applyMatrix3(t),this.setXY(e,ko.x,ko.y);else if(this.itemSize===3)for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.applyMatrix3(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}applyMatrix4(t){for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.applyMatrix4(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}applyNormalMatrix(t){for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.applyNormalMatrix(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}transformDirection(t){for(let e=0,n=this.count;e<n;e++)ze.fromBufferAttribute(this,e),ze.transformDirection(t),this.setXYZ(e,ze.x,ze.y,ze.z);return this}set(t,e=0){return this.array.set(t,e),this}getComponent(t,e){let n=this.array[t*this.itemSize+e];return this.normalized&&(n=this._denormalize(n)),n}setComponent(t,e,n){return this.normalized&&(n=this._normalize(n)),this.array[t*this.itemSize+e]=n,this}getX(t){let e=this.array[t*this.itemSize];return this.normalized&&(e=this._denormalize(e)),e}setX(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize]=e,this}getY(t){let e=this.array[t*this.itemSize+1];return this.normalized&&(e=this._denormalize(e)),e}setY(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+1]=e,this}getZ(t){let e=this.array[t*this.itemSize+2];return this.normalized&&(e=this._denormalize(e)),e}setZ(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+2]=e,this}getW(t){let e=this.array[t*this.itemSize+3];return this.normalized&&(e=this._denormalize(e)),e}setW(t,e){return this.normalized&&(e=this._normalize(e)),this.array[t*this.itemSize+3]=e,this}setXY(t,e,n){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n)),this.array[t+0]=e,this.array[t+1]=n,this}setXYZ(t,e,n,s){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n),s=this._normalize(s)),this.array[t+0]=e,this.array[t+1]=n,this.array[t+2]=s,this}setXYZW(t,e,n,s,r){return t*=this.itemSize,this.normalized&&(e=this._normalize(e),n=this._normalize(n),s=this._normalize(s),r=this._normalize(r)),this.array[t+0]=e,this.array[t+1]=n,this.array[t+2]=s,this.array[t+3]=r,this}onUpload(t){return this.onUploadCallback=t,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let t={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return t.name=this.name,t.usage=this.usage,t.gpuType=this.gpuType,t}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(t){let e=this._normalizationScale;return e!==void 0?Math.max(t/e,-1):l0(t,this.array)}_normalize(t){let e=this._normalizationScale;return e!==void 0?Math.round(t*e):c0(t,this.array)}};var Pr=class extends Je{constructor(t,e,n){super(new Uint16Array(t),e,n)}};var Lr=class extends Je{constructor(t,e,n){super(new Uint32Array(t),e,n)}};var ke=class extends Je{constructor(t,e,n){super(new Float32Array(t),e,n)}},S0=new Ii,vr=new V,Wc=new V,Vs=class{constructor(t=new V,e=-1){this.isSphere=!0,this.center=t,this.radius=e}set(t,e){return this.center.copy(t),this.radius=e,this}setFromPoints(t,e){let n=this.center;e!==void 0?n.copy(e):S0.setFromPoints(t).getCenter(n);let s=0;for(let r=0,o=t.length;r<o;r++)s=Math.max(s,n.distanceToSquared(t[r]));return this.radius=Math.sqrt(s),this}copy(t){return this.center.copy(t.center),this.radius=t.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(t){return t.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(t){return t.distanceTo(this.center)-this.radius}intersectsSphere(t){let e=this.radius+t.radius;return t.center.distanceToSquared(this.center)<=e*e}intersectsBox(t){return t.intersectsSphere(this)}intersectsPlane(t){return Math.abs(t.distanceToPoint(this.center))<=this.radius}clampPoint(t,e){let n=this.center.distanceToSquared(t);return e.copy(t),n>this.radius*this.radius&&(e.sub(this.center).normalize(),e.multiplyScalar(this.radius).add(this.center)),e}getBoundingBox(t){return this.isEmpty()?(t.makeEmpty(),t):(t.set(this.center,this.center),t.expandByScalar(this.radius),t)}applyMatrix4(t){return this.center.applyMatrix4(t),this.radius=this.radius*t.getMaxScaleOnAxis(),this}translate(t){return this.center.add(t),this}expandByPoint(t){if(this.isEmpty())return this.center.copy(t),this.radius=0,this;vr.subVectors(t,this.center);let e=vr.lengthSq();if(e>this.radius*this.radius){let n=Math.sqrt(e),s=(n-this.radius)*.5;this.center.addScaledVector(vr,s/n),this.radius+=s}return this}union(t){return t.isEmpty()?this:this.isEmpty()?(this.copy(t),this):(this.center.equals(t.center)===!0?this.radius=Math.max(this.radius,t.radius):(Wc.subVectors(t.center,this.center).setLength(t.radius),this.expandByPoint(vr.copy(t.center).add(Wc)),this.expandByPoint(vr.copy(t.center).sub(Wc))),this)}equals(t){return t.center.equals(this.center)&&t.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(t){return this.radius=t.radius,this.center.fromArray(t.center),this}},w0=0,Pn=new Te,Xc=new tn,Ls=new V,vn=new Ii,Sr=new Ii,Xe=new V,Mn=class i extends Jn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:w0++}),this.uuid=Qr(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(t){return Array.isArray(t)?this.index=new(r0(t)?Lr:Pr)(t,1):this.index=t,this}setIndirect(t,e=0){return this.indirect=t,this.indirectOffset=e,this}getIndirect(){return this.indirect}getAttribute(t){return this.attributes[t]}setAttribute(t,e){return this.attributes[t]=e,this}deleteAttribute(t){return delete this.attributes[t],this}hasAttribute(t){return this.attributes[t]!==void 0}addGroup(t,e,n=0){this.groups.push({start:t,count:e,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(t,e){this.drawRange.start=t,this.drawRange.count=e}applyMatrix4(t){let e=this.attributes.position;e!==void 0&&(e.applyMatrix4(t),e.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new Xt().getNormalMatrix(t);n.applyNormalMatrix(r),n.needsUpdate=!0}let s=this.attributes.tangent;return s!==void 0&&(s.transformDirection(t),s.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(t){return Pn.makeRotationFromQuaternion(t),this.applyMatrix4(Pn),this}rotateX(t){return Pn.makeRotationX(t),this.applyMatrix4(Pn),this}rotateY(t){return Pn.makeRotationY(t),this.applyMatrix4(Pn),this}rotateZ(t){return Pn.makeRotationZ(t),this.applyMatrix4(Pn),this}translate(t,e,n){return Pn.makeTranslation(t,e,n),this.applyMatrix4(Pn),this}scale(t,e,n){return Pn.makeScale(t,e,n),this.applyMatrix4(Pn),this}lookAt(t){return Xc.lookAt(t),Xc.updateMatrix(),this.applyMatrix4(Xc.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Ls).negate(),this.translate(Ls.x,Ls.y,Ls.z),this}setFromPoints(t){let e=this.getAttribute("position");if(e===void 0){let n=[];for(let s=0,r=t.length;s<r;s++){let o=t[s];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new ke(n,3))}else{let n=Math.min(t.length,e.count);for(let s=0;s<n;s++){let r=t[s];e.setXYZ(s,r.x,r.y,r.z||0)}t.length>e.count&&zt("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),e.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Ii);let t=this.attributes.position,e=this.morphAttributes.position;if(t&&t.isGLBufferAttribute){Ht("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new V(-1/0,-1/0,-1/0),new V(1/0,1/0,1/0));return}if(t!==void 0){if(this.boundingBox.setFromBufferAttribute(t),e)for(let n=0,s=e.length;n<s;n++){let r=e[n];vn.setFromBufferAttribute(r),this.morphTargetsRelative?(Xe.addVectors(this.boundingBox.min,vn.min),this.boundingBox.expandByPoint(Xe),Xe.addVectors(this.boundingBox.max,vn.max),this.boundingBox.expandByPoint(Xe)):(this.boundingBox.expandByPoint(vn.min),this.boundingBox.expandByPoint(vn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Ht('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new Vs);let t=this.attributes.position,e=this.morphAttributes.position;if(t&&t.isGLBufferAttribute){Ht("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new V,1/0);return}if(t){let n=this.boundingSphere.center;if(vn.setFromBufferAttribute(t),e)for(let r=0,o=e.length;r<o;r++){let a=e[r];Sr.setFromBufferAttribute(a),this.morphTargetsRelative?(Xe.addVectors(vn.min,Sr.min),vn.expandByPoint(Xe),Xe.addVectors(vn.max,Sr.max),vn.expandByPoint(Xe)):(vn.expandByPoint(Sr.min),vn.expandByPoint(Sr.max))}vn.getCenter(n);let s=0;for(let r=0,o=t.count;r<o;r++)Xe.fromBufferAttribute(t,r),s=Math.max(s,n.distanceToSquared(Xe));if(e)for(let r=0,o=e.length;r<o;r++){let a=e[r],l=this.morphTargetsRelative;for(let c=0,h=a.count;c<h;c++)Xe.fromBufferAttribute(a,c),l&&(Ls.fromBufferAttribute(t,c),Xe.add(Ls)),s=Math.max(s,n.distanceToSquared(Xe))}this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&Ht('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let t=this.index,e=this.attributes;if(t===null||e.position===void 0||e.normal===void 0||e.uv===void 0){Ht("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=e.position,s=e.normal,r=e.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new Je(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(n.count);for(let B=0;B<n.count;B++)a[B]=new V,l[B]=new V;let h=new V,u=new V,f=new V,d=new Ot,_=new Ot,E=new Ot,g=new V,p=new V;function b(B,U,z){c[B]=c[U]=c[z]=1,h.fromBufferAttribute(n,B),u.fromBufferAttribute(n,U),f.fromBufferAttribute(n,z),d.fromBufferAttribute(r,B),_.fromBufferAttribute(r,U),E.fromBufferAttribute(r,z),u.sub(h),f.sub(h),_.sub(d),E.sub(d);let N=1/(_.x*E.y-E.x*_.y);isFinite(N)&&(g.copy(u).multiplyScalar(E.y).addScaledVector(f,-_.y).multiplyScalar(N),p.copy(f).multiplyScalar(_.x).addScaledVector(u,-E.x).multiplyScalar(N),a[B].add(g),a[U].add(g),a[z].add(g),l[B].add(p),l[U].add(p),l[z].add(p))}let A=this.groups;A.length===0&&(A=[{start:0,count:t.count}]);for(let B=0,U=A.length;B<U;++B){let z=A[B],N=z.start,$=z.count;for(let D=N,G=N+$;D<G;D+=3)b(t.getX(D+0),t.getX(D+1),t.getX(D+2))}let M=new V,R=new V,y=new V,x=new V;function T(B){y.fromBufferAttribute(s,B),x.copy(y);let U=a[B];M.copy(U),M.sub(y.multiplyScalar(y.dot(U))).normalize(),R.crossVectors(x,U);let N=R.dot(l[B])<0?-1:1;o.setXYZW(B,M.x,M.y,M.z,N)}for(let B=0,U=n.count;B<U;++B)c[B]&&T(B);this._transformed=!0}computeVertexNormals(){let t=this.index,e=this.getAttribute("position");if(e!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==e.count)n=new Je(new Float32Array(e.count*3),3),this.setAttribute("normal",n);else for(let f=0,d=n.count;f<d;f++)n.setXYZ(f,0,0,0);let s=new V,r=new V,o=new V,a=new V,l=new V,c=new V,h=new V,u=new V;if(t)for(let f=0,d=t.count;f<d;f+=3){let _=t.getX(f+0),E=t.getX(f+1),g=t.getX(f+2);s.fromBufferAttribute(e,_),r.fromBufferAttribute(e,E),o.fromBufferAttribute(e,g),h.subVectors(o,r),u.subVectors(s,r),h.cross(u),a.fromBufferAttribute(n,_),l.fromBufferAttribute(n,E),c.fromBufferAttribute(n,g),a.add(h),l.add(h),c.add(h),n.setXYZ(_,a.x,a.y,a.z),n.setXYZ(E,l.x,l.y,l.z),n.setXYZ(g,c.x,c.y,c.z)}else for(let f=0,d=e.count;f<d;f+=3)s.fromBufferAttribute(e,f+0),r.fromBufferAttribute(e,f+1),o.fromBufferAttribute(e,f+2),h.subVectors(o,r),u.subVectors(s,r),h.cross(u),n.setXYZ(f+0,h.x,h.y,h.z),n.setXYZ(f+1,h.x,h.y,h.z),n.setXYZ(f+2,h.x,h.y,h.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let t=this.attributes.normal;for(let e=0,n=t.count;e<n;e++)Xe.fromBufferAttribute(t,e),Xe.normalize(),t.setXYZ(e,Xe.x,Xe.y,Xe.z)}toNonIndexed(){function t(a,l){let c=a.array,h=a.itemSize,u=a.normalized,f=new c.constructor(l.length*h),d=0,_=0;for(let E=0,g=l.length;E<g;E++){a.isInterleavedBufferAttribute?d=l[E]*a.data.stride+a.offset:d=l[E]*h;for(let p=0;p<h;p++)f[_++]=c[d++]}return new Je(f,h,u)}if(this.index===null)return zt("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let e=new i,n=this.index.array,s=this.attributes;for(let a in s){let l=s[a],c=t(l,n);e.setAttribute(a,c)}let r=this.morphAttributes;for(let a in r){let l=[],c=r[a];for(let h=0,u=c.length;h<u;h++){let f=c[h],d=t(f,n);l.push(d)}e.morphAttributes[a]=l}e.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];e.addGroup(c.start,c.count,c.materialIndex)}return e}toJSON(){let t={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(t.uuid=this.uuid,t.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,t.name=this.name,Object.keys(this.userData).length>0&&(t.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(t[c]=l[c]);return t}t.data={attributes:{}};let e=this.index;e!==null&&(t.data.index={type:e.array.constructor.name,array:Array.prototype.slice.call(e.array)});let n=this.attributes;for(let l in n){let c=n[l];t.data.attributes[l]=c.toJSON(t.data)}let s={},r=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let u=0,f=c.length;u<f;u++){let d=c[u];h.push(d.toJSON(t.data))}h.length>0&&(s[l]=h,r=!0)}r&&(t.data.morphAttributes=s,t.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(t.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(t.data.boundingSphere=a.toJSON()),t}clone(){return new this.constructor().copy(this)}copy(t){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let e={};this.name=t.name;let n=t.index;n!==null&&this.setIndex(n.clone());let s=t.attributes;for(let c in s){let h=s[c];this.setAttribute(c,h.clone(e))}let r=t.morphAttributes;for(let c in r){let h=[],u=r[c];for(let f=0,d=u.length;f<d;f++)h.push(u[f].clone(e));this.morphAttributes[c]=h}this.morphTargetsRelative=t.morphTargetsRelative;let o=t.groups;for(let c=0,h=o.length;c<h;c++){let u=o[c];this.addGroup(u.start,u.count,u.materialIndex)}let a=t.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=t.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=t.drawRange.start,this.drawRange.count=t.drawRange.count,this.userData=t.userData,this._transformed=t._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var $c=new V,M0=new V,b0=new Xt,zn=class{constructor(t=new V(1,0,0),e=0){this.isPlane=!0,this.normal=t,this.constant=e}set(t,e){return this.normal.copy(t),this.constant=e,this}setComponents(t,e,n,s){return this.normal.set(t,e,n),this.constant=s,this}setFromNormalAndCoplanarPoint(t,e){return this.normal.copy(t),this.constant=-e.dot(this.normal),this}setFromCoplanarPoints(t,e,n){let s=$c.subVectors(n,e).cross(M0.subVectors(t,e)).normalize();return this.setFromNormalAndCoplanarPoint(s,t),this}copy(t){return this.normal.copy(t.normal),this.constant=t.constant,this}normalize(){let t=1/this.normal.length();return this.normal.multiplyScalar(t),this.constant*=t,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(t){return this.normal.dot(t)+this.constant}distanceToSphere(t){return this.distanceToPoint(t.center)-t.radius}projectPoint(t,e){return e.copy(t).addScaledVector(this.normal,-this.distanceToPoint(t))}intersectLine(t,e,n=!0){let s=t.delta($c),r=this.normal.dot(s);if(r===0)return this.distanceToPoint(t.start)===0?e.copy(t.start):null;let o=-(t.start.dot(this.normal)+this.constant)/r;return n===!0&&(o<0||o>1)?null:e.copy(t.start).addScaledVector(s,o)}intersectsLine(t){let e=this.distanceToPoint(t.start),n=this.distanceToPoint(t.end);return e<0&&n>0||n<0&&e>0}intersectsBox(t){return t.intersectsPlane(this)}intersectsSphere(t){return t.intersectsPlane(this)}coplanarPoint(t){return t.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(t,e){let n=e||b0.getNormalMatrix(t),s=this.coplanarPoint($c).applyMatrix4(t),r=this.normal.applyMatrix3(n).normalize();return this.constant=-s.dot(r),this}translate(t){return this.constant-=t.dot(this.normal),this}equals(t){return t.normal.equals(this.normal)&&t.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(t){return this.normal.fromArray(t.normal),this.constant=t.constant,this}},E0=0,Pi=class extends Jn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:E0++}),this.uuid=Qr(),this.name="",this.type="Material",this.blending=Ys,this.side=Bi,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=hh,this.blendDst=uh,this.blendEquation=ss,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Jt(0,0,0),this.blendAlpha=0,this.depthFunc=Os,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=vd,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=ta,this.stencilZFail=ta,this.stencilZPass=ta,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(t){this._alphaTest>0!=t>0&&this.version++,this._alphaTest=t}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(t){if(t!==void 0)for(let e in t){let n=t[e];if(n===void 0){zt(`Material: parameter '${e}' has value of undefined.`);continue}let s=this[e];if(s===void 0){zt(`Material: '${e}' is not a property of THREE.${this.type}.`);continue}s&&s.isColor?s.set(n):s&&s.isVector2&&n&&n.isVector2||s&&s.isEuler&&n&&n.isEuler||s&&s.isVector3&&n&&n.isVector3?s.copy(n):this[e]=n}}toJSON(t){let e=t===void 0||typeof t=="string";e&&(t={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(t).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(t).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(t).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(t).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(t).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(t).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(t).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(t).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(t).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(t).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(t).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(t).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(t).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(t).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(t).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(t).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(t).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(t).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(t).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(t).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(t).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(t).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(t).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(t).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(t).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(t).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(t).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function s(r){let o=[];for(let a in r){let l=r[a];delete l.metadata,o.push(l)}return o}if(e){let r=s(t.textures),o=s(t.images);r.length>0&&(n.textures=r),o.length>0&&(n.images=o)}return n}fromJSON(t,e){if(t.uuid!==void 0&&(this.uuid=t.uuid),t.name!==void 0&&(this.name=t.name),t.color!==void 0&&this.color!==void 0&&this.color.setHex(t.color),t.roughness!==void 0&&(this.roughness=t.roughness),t.metalness!==void 0&&(this.metalness=t.metalness),t.sheen!==void 0&&(this.sheen=t.sheen),t.sheenColor!==void 0&&(this.sheenColor=new Jt().setHex(t.sheenColor)),t.sheenRoughness!==void 0&&(this.sheenRoughness=t.sheenRoughness),t.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(t.emissive),t.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(t.specular),t.specularIntensity!==void 0&&(this.specularIntensity=t.specularIntensity),t.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(t.specularColor),t.shininess!==void 0&&(this.shininess=t.shininess),t.clearcoat!==void 0&&(this.clearcoat=t.clearcoat),t.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=t.clearcoatRoughness),t.diffuseRoughness!==void 0&&(this.diffuseRoughness=t.diffuseRoughness),t.dispersion!==void 0&&(this.dispersion=t.dispersion),t.retroreflectivity!==void 0&&(this.retroreflectivity=t.retroreflectivity),t.iridescence!==void 0&&(this.iridescence=t.iridescence),t.iridescenceIOR!==void 0&&(this.iridescenceIOR=t.iridescenceIOR),t.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=t.iridescenceThicknessMinimum),t.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=t.iridescenceThicknessMaximum),t.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=t.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=t.iridescenceThicknessRange[1]),t.transmission!==void 0&&(this.transmission=t.transmission),t.thickness!==void 0&&(this.thickness=t.thickness),t.attenuationDistance!==void 0&&(this.attenuationDistance=t.attenuationDistance),t.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(t.attenuationColor),t.anisotropy!==void 0&&(this.anisotropy=t.anisotropy),t.anisotropyRotation!==void 0&&(this.anisotropyRotation=t.anisotropyRotation),t.fog!==void 0&&(this.fog=t.fog),t.flatShading!==void 0&&(this.flatShading=t.flatShading),t.blending!==void 0&&(this.blending=t.blending),t.combine!==void 0&&(this.combine=t.combine),t.side!==void 0&&(this.side=t.side),t.shadowSide!==void 0&&(this.shadowSide=t.shadowSide),t.opacity!==void 0&&(this.opacity=t.opacity),t.transparent!==void 0&&(this.transparent=t.transparent),t.alphaTest!==void 0&&(this.alphaTest=t.alphaTest),t.alphaHash!==void 0&&(this.alphaHash=t.alphaHash),t.depthFunc!==void 0&&(this.depthFunc=t.depthFunc),t.depthTest!==void 0&&(this.depthTest=t.depthTest),t.depthWrite!==void 0&&(this.depthWrite=t.depthWrite),t.colorWrite!==void 0&&(this.colorWrite=t.colorWrite),t.clippingPlanes!==void 0&&(this.clippingPlanes=t.clippingPlanes.map(n=>new zn().fromJSON(n))),t.clipIntersection!==void 0&&(this.clipIntersection=t.clipIntersection),t.clipShadows!==void 0&&(this.clipShadows=t.clipShadows),t.depthPacking!==void 0&&(this.depthPacking=t.depthPacking),t.blendSrc!==void 0&&(this.blendSrc=t.blendSrc),t.blendDst!==void 0&&(this.blendDst=t.blendDst),t.blendEquation!==void 0&&(this.blendEquation=t.blendEquation),t.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=t.blendSrcAlpha),t.blendDstAlpha!==void 0&&(this.blendDstAlpha=t.blendDstAlpha),t.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=t.blendEquationAlpha),t.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(t.blendColor),t.blendAlpha!==void 0&&(this.blendAlpha=t.blendAlpha),t.stencilWriteMask!==void 0&&(this.stencilWriteMask=t.stencilWriteMask),t.stencilFunc!==void 0&&(this.stencilFunc=t.stencilFunc),t.stencilRef!==void 0&&(this.stencilRef=t.stencilRef),t.stencilFuncMask!==void 0&&(this.stencilFuncMask=t.stencilFuncMask),t.stencilFail!==void 0&&(this.stencilFail=t.stencilFail),t.stencilZFail!==void 0&&(this.stencilZFail=t.stencilZFail),t.stencilZPass!==void 0&&(this.stencilZPass=t.stencilZPass),t.stencilWrite!==void 0&&(this.stencilWrite=t.stencilWrite),t.wireframe!==void 0&&(this.wireframe=t.wireframe),t.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=t.wireframeLinewidth),t.wireframeLinecap!==void 0&&(this.wireframeLinecap=t.wireframeLinecap),t.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=t.wireframeLinejoin),t.rotation!==void 0&&(this.rotation=t.rotation),t.linewidth!==void 0&&(this.linewidth=t.linewidth),t.linecap!==void 0&&(this.linecap=t.linecap),t.linejoin!==void 0&&(this.linejoin=t.linejoin),t.dashSize!==void 0&&(this.dashSize=t.dashSize),t.gapSize!==void 0&&(this.gapSize=t.gapSize),t.scale!==void 0&&(this.scale=t.scale),t.polygonOffset!==void 0&&(this.polygonOffset=t.polygonOffset),t.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=t.polygonOffsetFactor),t.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=t.polygonOffsetUnits),t.dithering!==void 0&&(this.dithering=t.dithering),t.alphaToCoverage!==void 0&&(this.alphaToCoverage=t.alphaToCoverage),t.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=t.premultipliedAlpha),t.forceSinglePass!==void 0&&(this.forceSinglePass=t.forceSinglePass),t.allowOverride!==void 0&&(this.allowOverride=t.allowOverride),t.visible!==void 0&&(this.visible=t.visible),t.toneMapped!==void 0&&(this.toneMapped=t.toneMapped),t.userData!==void 0&&(this.userData=t.userData),t.vertexColors!==void 0&&(typeof t.vertexColors=="number"?this.vertexColors=t.vertexColors>0:this.vertexColors=t.vertexColors),t.size!==void 0&&(this.size=t.size),t.sizeAttenuation!==void 0&&(this.sizeAttenuation=t.sizeAttenuation),t.map!==void 0&&(this.map=e[t.map]||null),t.matcap!==void 0&&(this.matcap=e[t.matcap]||null),t.alphaMap!==void 0&&(this.alphaMap=e[t.alphaMap]||null),t.bumpMap!==void 0&&(this.bumpMap=e[t.bumpMap]||null),t.bumpScale!==void 0&&(this.bumpScale=t.bumpScale),t.normalMap!==void 0&&(this.normalMap=e[t.normalMap]||null),t.normalMapType!==void 0&&(this.normalMapType=t.normalMapType),t.normalScale!==void 0){let n=t.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new Ot().fromArray(n)}return t.displacementMap!==void 0&&(this.displacementMap=e[t.displacementMap]||null),t.displacementScale!==void 0&&(this.displacementScale=t.displacementScale),t.displacementBias!==void 0&&(this.displacementBias=t.displacementBias),t.roughnessMap!==void 0&&(this.roughnessMap=e[t.roughnessMap]||null),t.metalnessMap!==void 0&&(this.metalnessMap=e[t.metalnessMap]||null),t.emissiveMap!==void 0&&(this.emissiveMap=e[t.emissiveMap]||null),t.emissiveIntensity!==void 0&&(this.emissiveIntensity=t.emissiveIntensity),t.specularMap!==void 0&&(this.specularMap=e[t.specularMap]||null),t.specularIntensityMap!==void 0&&(this.specularIntensityMap=e[t.specularIntensityMap]||null),t.specularColorMap!==void 0&&(this.specularColorMap=e[t.specularColorMap]||null),t.envMap!==void 0&&(this.envMap=e[t.envMap]||null),t.envMapRotation!==void 0&&this.envMapRotation.fromArray(t.envMapRotation),t.envMapIntensity!==void 0&&(this.envMapIntensity=t.envMapIntensity),t.reflectivity!==void 0&&(this.reflectivity=t.reflectivity),t.refractionRatio!==void 0&&(this.refractionRatio=t.refractionRatio),t.lightMap!==void 0&&(this.lightMap=e[t.lightMap]||null),t.lightMapIntensity!==void 0&&(this.lightMapIntensity=t.lightMapIntensity),t.aoMap!==void 0&&(this.aoMap=e[t.aoMap]||null),t.aoMapIntensity!==void 0&&(this.aoMapIntensity=t.aoMapIntensity),t.gradientMap!==void 0&&(this.gradientMap=e[t.gradientMap]||null),t.clearcoatMap!==void 0&&(this.clearcoatMap=e[t.clearcoatMap]||null),t.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=e[t.clearcoatRoughnessMap]||null),t.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=e[t.clearcoatNormalMap]||null),t.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Ot().fromArray(t.clearcoatNormalScale)),t.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=e[t.diffuseRoughnessMap]||null),t.iridescenceMap!==void 0&&(this.iridescenceMap=e[t.iridescenceMap]||null),t.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=e[t.iridescenceThicknessMap]||null),t.transmissionMap!==void 0&&(this.transmissionMap=e[t.transmissionMap]||null),t.thicknessMap!==void 0&&(this.thicknessMap=e[t.thicknessMap]||null),t.anisotropyMap!==void 0&&(this.anisotropyMap=e[t.anisotropyMap]||null),t.sheenColorMap!==void 0&&(this.sheenColorMap=e[t.sheenColorMap]||null),t.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=e[t.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(t){this.name=t.name,this.blending=t.blending,this.side=t.side,this.vertexColors=t.vertexColors,this.opacity=t.opacity,this.transparent=t.transparent,this.blendSrc=t.blendSrc,this.blendDst=t.blendDst,this.blendEquation=t.blendEquation,this.blendSrcAlpha=t.blendSrcAlpha,this.blendDstAlpha=t.blendDstAlpha,this.blendEquationAlpha=t.blendEquationAlpha,this.blendColor.copy(t.blendColor),this.blendAlpha=t.blendAlpha,this.depthFunc=t.depthFunc,this.depthTest=t.depthTest,this.depthWrite=t.depthWrite,this.stencilWriteMask=t.stencilWriteMask,this.stencilFunc=t.stencilFunc,this.stencilRef=t.stencilRef,this.stencilFuncMask=t.stencilFuncMask,this.stencilFail=t.stencilFail,this.stencilZFail=t.stencilZFail,this.stencilZPass=t.stencilZPass,this.stencilWrite=t.stencilWrite;let e=t.clippingPlanes,n=null;if(e!==null){let s=e.length;n=new Array(s);for(let r=0;r!==s;++r)n[r]=e[r].clone()}return this.clippingPlanes=n,this.clipIntersection=t.clipIntersection,this.clipShadows=t.clipShadows,this.shadowSide=t.shadowSide,this.colorWrite=t.colorWrite,this.precision=t.precision,this.polygonOffset=t.polygonOffset,this.polygonOffsetFactor=t.polygonOffsetFactor,this.polygonOffsetUnits=t.polygonOffsetUnits,this.dithering=t.dithering,this.alphaTest=t.alphaTest,this.alphaHash=t.alphaHash,this.alphaToCoverage=t.alphaToCoverage,this.premultipliedAlpha=t.premultipliedAlpha,this.forceSinglePass=t.forceSinglePass,this.allowOverride=t.allowOverride,this.visible=t.visible,this.toneMapped=t.toneMapped,this.userData=JSON.parse(JSON.stringify(t.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(t){t===!0&&this.version++}};var di=new V,qc=new V,zo=new V,Go=new V,ma=class{constructor(t=new V,e=new V(0,0,-1)){this.origin=t,this.direction=e}set(t,e){return this.origin.copy(t),this.direction.copy(e),this}copy(t){return this.origin.copy(t.origin),this.direction.copy(t.direction),this}at(t,e){return e.copy(this.origin).addScaledVector(this.direction,t)}lookAt(t){return this.direction.copy(t).sub(this.origin).normalize(),this}recast(t){return this.origin.copy(this.at(t,di)),this}closestPointToPoint(t,e){e.subVectors(t,this.origin);let n=e.dot(this.direction);return n<0?e.copy(this.origin):e.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(t){return Math.sqrt(this.distanceSqToPoint(t))}distanceSqToPoint(t){let e=di.subVectors(t,this.origin).dot(this.direction);return e<0?this.origin.distanceToSquared(t):(di.copy(this.origin).addScaledVector(this.direction,e),di.distanceToSquared(t))}distanceSqToSegment(t,e,n,s){qc.copy(t).add(e).multiplyScalar(.5),zo.copy(e).sub(t).normalize(),Go.copy(this.origin).sub(qc);let r=t.distanceTo(e)*.5,o=-this.direction.dot(zo),a=Go.dot(this.direction),l=-Go.dot(zo),c=Go.lengthSq(),h=Math.abs(1-o*o),u,f,d,_;if(h>0)if(u=o*l-a,f=o*a-l,_=r*h,u>=0)if(f>=-_)if(f<=_){let E=1/h;u*=E,f*=E,d=u*(u+o*f+2*a)+f*(o*u+f+2*l)+c}else f=r,u=Math.max(0,-(o*f+a)),d=-u*u+f*(f+2*l)+c;else f=-r,u=Math.max(0,-(o*f+a)),d=-u*u+f*(f+2*l)+c;else f<=-_?(u=Math.max(0,-(-o*r+a)),f=u>0?-r:Math.min(Math.max(-r,-l),r),d=-u*u+f*(f+2*l)+c):f<=_?(u=0,f=Math.min(Math.max(-r,-l),r),d=f*(f+2*l)+c):(u=Math.max(0,-(o*r+a)),f=u>0?r:Math.min(Math.max(-r,-l),r),d=-u*u+f*(f+2*l)+c);else f=o>0?-r:r,u=Math.max(0,-(o*f+a)),d=-u*u+f*(f+2*l)+c;return n&&n.copy(this.origin).addScaledVector(this.direction,u),s&&s.copy(qc).addScaledVector(zo,f),d}intersectSphere(t,e){if(t.radius<0)return null;di.subVectors(t.center,this.origin);let n=di.dot(this.direction),s=di.dot(di)-n*n,r=t.radius*t.radius;if(s>r)return null;let o=Math.sqrt(r-s),a=n-o,l=n+o;return l<0?null:a<0?this.at(l,e):this.at(a,e)}intersectsSphere(t){return t.radius<0?!1:this.distanceSqToPoint(t.center)<=t.radius*t.radius}distanceToPlane(t){let e=t.normal.dot(this.direction);if(e===0)return t.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(t.normal)+t.constant)/e;return n>=0?n:null}intersectPlane(t,e){let n=this.distanceToPlane(t);return n===null?null:this.at(n,e)}intersectsPlane(t){let e=t.distanceToPoint(this.origin);return e===0||t.normal.dot(this.direction)*e<0}intersectBox(t,e){let n,s,r,o,a,l,c=1/this.direction.x,h=1/this.direction.y,u=1/this.direction.z,f=this.origin;return c>=0?(n=(t.min.x-f.x)*c,s=(t.max.x-f.x)*c):(n=(t.max.x-f.x)*c,s=(t.min.x-f.x)*c),h>=0?(r=(t.min.y-f.y)*h,o=(t.max.y-f.y)*h):(r=(t.max.y-f.y)*h,o=(t.min.y-f.y)*h),n>o||r>s||((r>n||isNaN(n))&&(n=r),(o<s||isNaN(s))&&(s=o),u>=0?(a=(t.min.z-f.z)*u,l=(t.max.z-f.z)*u):(a=(t.max.z-f.z)*u,l=(t.min.z-f.z)*u),n>l||a>s)||((a>n||n!==n)&&(n=a),(l<s||s!==s)&&(s=l),s<0)?null:this.at(n>=0?n:s,e)}intersectsBox(t){return this.intersectBox(t,di)!==null}intersectTriangle(t,e,n,s,r){let o=this.origin,a=this.direction,l=a.x,c=a.y,h=a.z,u=t.x-o.x,f=t.y-o.y,d=t.z-o.z,_=e.x-o.x,E=e.y-o.y,g=e.z-o.z,p=n.x-o.x,b=n.y-o.y,A=n.z-o.z,M=Math.abs(l),R=Math.abs(c),y=Math.abs(h),x,T,B,U,z,N,$,D,G,Y,J,ot;if(M>=R&&M>=y?(B=l,N=u,G=_,ot=p,l>=0?(x=c,T=h,U=f,z=d,$=E,D=g,Y=b,J=A):(x=h,T=c,U=d,z=f,$=g,D=E,Y=A,J=b)):R>=y?(B=c,N=f,G=E,ot=b,c>=0?(x=h,T=l,U=d,z=u,$=g,D=_,Y=A,J=p):(x=l,T=h,U=u,z=d,$=_,D=g,Y=p,J=A)):(B=h,N=d,G=g,ot=A,h>=0?(x=l,T=c,U=u,z=f,$=_,D=E,Y=p,J=b):(x=c,T=l,U=f,z=u,$=E,D=_,Y=b,J=p)),B===0)return null;let K=x/B,Q=T/B,st=1/B,At=U-K*N,Bt=z-Q*N,tt=$-K*G,St=D-Q*G,Mt=Y-K*ot,Ct=J-Q*ot,gt=Mt*St-Ct*tt,It=At*Ct-Bt*Mt,Gt=tt*Bt-St*At;if(s){if(gt<0||It<0||Gt<0)return null}else if((gt<0||It<0||Gt<0)&&(gt>0||It>0||Gt>0))return null;let dt=gt+It+Gt;if(dt===0)return null;let le=st*(gt*N+It*G+Gt*ot);return(dt>0?le<0:le>0)?null:this.at(le/dt,r)}applyMatrix4(t){return this.origin.applyMatrix4(t),this.direction.transformDirection(t),this}equals(t){return t.origin.equals(this.origin)&&t.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Qi=class extends Pi{constructor(t){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Jt(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new gi,this.combine=fh,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.color.copy(t.color),this.map=t.map,this.lightMap=t.lightMap,this.lightMapIntensity=t.lightMapIntensity,this.aoMap=t.aoMap,this.aoMapIntensity=t.aoMapIntensity,this.specularMap=t.specularMap,this.alphaMap=t.alphaMap,this.envMap=t.envMap,this.envMapRotation.copy(t.envMapRotation),this.combine=t.combine,this.reflectivity=t.reflectivity,this.refractionRatio=t.refractionRatio,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.wireframeLinecap=t.wireframeLinecap,this.wireframeLinejoin=t.wireframeLinejoin,this.fog=t.fog,this}},Uf=new Te,Ji=new ma,Vo=new Vs,Nf=new V,Ho=new V,Wo=new V,Xo=new V,Yc=new V,$o=new V,Ff=new V,qo=new V,hn=class extends tn{constructor(t=new Mn,e=new Qi){super(),this.isMesh=!0,this.type="Mesh",this.geometry=t,this.material=e,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(t,e){return super.copy(t,e),t.morphTargetInfluences!==void 0?this.morphTargetInfluences=t.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,t.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},t.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(t.material)?t.material.slice():t.material,this.geometry=t.geometry,this}updateMorphTargets(){let e=this.geometry.morphAttributes,n=Object.keys(e);if(n.length>0){let s=e[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}getVertexPosition(t,e){let n=this.geometry,s=n.attributes.position,r=n.morphAttributes.position,o=n.morphTargetsRelative;e.fromBufferAttribute(s,t);let a=this.morphTargetInfluences;if(r&&a){$o.set(0,0,0);for(let l=0,c=r.length;l<c;l++){let h=a[l],u=r[l];h!==0&&(Yc.fromBufferAttribute(u,t),o?$o.addScaledVector(Yc,h):$o.addScaledVector(Yc.sub(e),h))}e.add($o)}return e}intersectsFrustum(t){return t.intersectsObject(this)}raycast(t,e){let n=this.geometry,s=this.material,r=this.matrixWorld;s!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),Vo.copy(n.boundingSphere),Vo.applyMatrix4(r),Ji.copy(t.ray).recast(t.near),!(Vo.containsPoint(Ji.origin)===!1&&(Ji.intersectSphere(Vo,Nf)===null||Ji.origin.distanceToSquared(Nf)>(t.far-t.near)**2))&&(Uf.copy(r).invert(),Ji.copy(t.ray).applyMatrix4(Uf),!(n.boundingBox!==null&&Ji.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(t,e,Ji)))}_computeIntersections(t,e,n){let s,r=this.geometry,o=this.material,a=r.index,l=r.attributes.position,c=r.attributes.uv,h=r.attributes.uv1,u=r.attributes.normal,f=r.groups,d=r.drawRange;if(a!==null)if(Array.isArray(o))for(let _=0,E=f.length;_<E;_++){let g=f[_],p=o[g.materialIndex],b=Math.max(g.start,d.start),A=Math.min(a.count,Math.min(g.start+g.count,d.start+d.count));for(let M=b,R=A;M<R;M+=3){let y=a.getX(M),x=a.getX(M+1),T=a.getX(M+2);s=Yo(this,p,t,n,c,h,u,y,x,T),s&&(s.faceIndex=Math.floor(M/3),s.face.materialIndex=g.materialIndex,e.push(s))}}else{let _=Math.max(0,d.start),E=Math.min(a.count,d.start+d.count);for(let g=_,p=E;g<p;g+=3){let b=a.getX(g),A=a.getX(g+1),M=a.getX(g+2);s=Yo(this,o,t,n,c,h,u,b,A,M),s&&(s.faceIndex=Math.floor(g/3),e.push(s))}}else if(l!==void 0)if(Array.isArray(o))for(let _=0,E=f.length;_<E;_++){let g=f[_],p=o[g.materialIndex],b=Math.max(g.start,d.start),A=Math.min(l.count,Math.min(g.start+g.count,d.start+d.count));for(let M=b,R=A;M<R;M+=3){let y=M,x=M+1,T=M+2;s=Yo(this,p,t,n,c,h,u,y,x,T),s&&(s.faceIndex=Math.floor(M/3),s.face.materialIndex=g.materialIndex,e.push(s))}}else{let _=Math.max(0,d.start),E=Math.min(l.count,d.start+d.count);for(let g=_,p=E;g<p;g+=3){let b=g,A=g+1,M=g+2;s=Yo(this,o,t,n,c,h,u,b,A,M),s&&(s.faceIndex=Math.floor(g/3),e.push(s))}}}};function A0(i,t,e,n,s,r,o,a){let l;if(t.side===un?l=n.intersectTriangle(o,r,s,!0,a):l=n.intersectTriangle(s,r,o,t.side===Bi,a),l===null)return null;qo.copy(a),qo.applyMatrix4(i.matrixWorld);let c=e.ray.origin.distanceTo(qo);return c<e.near||c>e.far?null:{distance:c,point:qo.clone(),object:i}}function Yo(i,t,e,n,s,r,o,a,l,c){i.getVertexPosition(a,Ho),i.getVertexPosition(l,Wo),i.getVertexPosition(c,Xo);let h=A0(i,t,e,n,Ho,Wo,Xo,Ff);if(h){let u=new V;Ci.getBarycoord(Ff,Ho,Wo,Xo,u),s&&(h.uv=Ci.getInterpolatedAttribute(s,a,l,c,u,new Ot)),r&&(h.uv1=Ci.getInterpolatedAttribute(r,a,l,c,u,new Ot)),o&&(h.normal=Ci.getInterpolatedAttribute(o,a,l,c,u,new V),h.normal.dot(n.direction)>0&&h.normal.multiplyScalar(-1));let f={a,b:l,c,normal:new V,materialIndex:0};Ci.getNormal(Ho,Wo,Xo,f.normal),h.face=f,h.barycoord=u}return h}var ga=class extends cn{constructor(t=null,e=1,n=1,s,r,o,a,l,c=$e,h=$e,u,f){super(null,o,a,l,c,h,s,r,u,f),this.isDataTexture=!0,this.image={data:t,width:e,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var Ki=new Vs,T0=new Ot(.5,.5),Zo=new V,Li=class{constructor(t=new zn,e=new zn,n=new zn,s=new zn,r=new zn,o=new zn){this.planes=[t,e,n,s,r,o]}set(t,e,n,s,r,o){let a=this.planes;return a[0].copy(t),a[1].copy(e),a[2].copy(n),a[3].copy(s),a[4].copy(r),a[5].copy(o),this}copy(t){let e=this.planes;for(let n=0;n<6;n++)e[n].copy(t.planes[n]);return this}setFromProjectionMatrix(t,e=Ln,n=!1){let s=this.planes,r=t.elements,o=r[0],a=r[1],l=r[2],c=r[3],h=r[4],u=r[5],f=r[6],d=r[7],_=r[8],E=r[9],g=r[10],p=r[11],b=r[12],A=r[13],M=r[14],R=r[15];if(s[0].setComponents(c-o,d-h,p-_,R-b).normalize(),s[1].setComponents(c+o,d+h,p+_,R+b).normalize(),s[2].setComponents(c+a,d+u,p+E,R+A).normalize(),s[3].setComponents(c-a,d-u,p-E,R-A).normalize(),n)s[4].setComponents(l,f,g,M).normalize(),s[5].setComponents(c-l,d-f,p-g,R-M).normalize();else if(s[4].setComponents(c-l,d-f,p-g,R-M).normalize(),e===Ln)s[5].setComponents(c+l,d+f,p+g,R+M).normalize();else if(e===Bs)s[5].setComponents(l,f,g,M).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+e);return this}intersectsObject(t){if(t.boundingSphere!==void 0)t.boundingSphere===null&&t.computeBoundingSphere(),Ki.copy(t.boundingSphere).applyMatrix4(t.matrixWorld);else{let e=t.geometry;e.boundingSphere===null&&e.computeBoundingSphere(),Ki.copy(e.boundingSphere).applyMatrix4(t.matrixWorld)}return this.intersectsSphere(Ki)}intersectsSprite(t){Ki.center.set(0,0,0);let e=T0.distanceTo(t.center);return Ki.radius=.7071067811865476+e,Ki.applyMatrix4(t.matrixWorld),this.intersectsSphere(Ki)}intersectsSphere(t){let e=this.planes,n=t.center,s=-t.radius;for(let r=0;r<6;r++)if(e[r].distanceToPoint(n)<s)return!1;return!0}intersectsBox(t){let e=this.planes;for(let n=0;n<6;n++){let s=e[n];if(Zo.x=s.normal.x>0?t.max.x:t.min.x,Zo.y=s.normal.y>0?t.max.y:t.min.y,Zo.z=s.normal.z>0?t.max.z:t.min.z,s.distanceToPoint(Zo)<0)return!1}return!0}containsPoint(t){let e=this.planes;for(let n=0;n<6;n++)if(e[n].distanceToPoint(t)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Of=new Te,_a=class i{constructor(){this.coordinateSystem=Ln,this._frustums=[],this._count=0}setFromArrayCamera(t){let e=t.cameras,n=this._frustums;for(let s=0;s<e.length;s++){let r=e[s];Of.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[s]===void 0&&(n[s]=new Li),n[s].setFromProjectionMatrix(Of,r.coordinateSystem,r.reversedDepth)}return this._count=e.length,this}getFrustum(t){return this._frustums[t]}intersectsObject(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsObject(t))return!0;return!1}intersectsSprite(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsSprite(t))return!0;return!1}intersectsSphere(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsSphere(t))return!0;return!1}intersectsBox(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].intersectsBox(t))return!0;return!1}containsPoint(t){let e=this._frustums;for(let n=0;n<this._count;n++)if(e[n].containsPoint(t))return!0;return!1}copy(t){this.coordinateSystem=t.coordinateSystem;let e=this._frustums,n=t._frustums;for(let s=0;s<t._count;s++)e[s]===void 0&&(e[s]=new Li),e[s].copy(n[s]);return this._count=t._count,this}clone(){return new i().copy(this)}};var Dr=class extends cn{constructor(t=[],e=rs,n,s,r,o,a,l,c,h){super(t,e,n,s,r,o,a,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(t){this.image=t}},Hs=class extends cn{constructor(t,e,n,s,r,o,a,l,c){super(t,e,n,s,r,o,a,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var _i=class extends cn{constructor(t,e,n=Gn,s,r,o,a=$e,l=$e,c,h=mi,u=1){if(h!==mi&&h!==yi)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let f={width:t,height:e,depth:u};super(f,s,r,o,a,l,h,n,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(t){return super.copy(t),this.source=new zs(Object.assign({},t.image)),this.compareFunction=t.compareFunction,this}toJSON(t){let e=super.toJSON(t);return e.compareFunction=this.compareFunction,e}},Ur=class extends _i{constructor(t,e=Gn,n=rs,s,r,o=$e,a=$e,l,c=mi){let h={width:t,height:t,depth:1},u=[h,h,h,h,h,h];super(t,t,e,n,s,r,o,a,l,c),this.image=u,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(t){this.image=t}},Nr=class extends cn{constructor(t=null){super(),this.sourceTexture=t,this.isExternalTexture=!0}copy(t){return super.copy(t),this.sourceTexture=t.sourceTexture,this}},Di=class i extends Mn{constructor(t=1,e=1,n=1,s=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:t,height:e,depth:n,widthSegments:s,heightSegments:r,depthSegments:o};let a=this;s=Math.floor(s),r=Math.floor(r),o=Math.floor(o);let l=[],c=[],h=[],u=[],f=0,d=0;_("z","y","x",-1,-1,n,e,t,o,r,0),_("z","y","x",1,-1,n,e,-t,o,r,1),_("x","z","y",1,1,t,n,e,s,o,2),_("x","z","y",1,-1,t,n,-e,s,o,3),_("x","y","z",1,-1,t,e,n,s,r,4),_("x","y","z",-1,-1,t,e,-n,s,r,5),this.setIndex(l),this.setAttribute("position",new ke(c,3)),this.setAttribute("normal",new ke(h,3)),this.setAttribute("uv",new ke(u,2));function _(E,g,p,b,A,M,R,y,x,T,B){let U=M/x,z=R/T,N=M/2,$=R/2,D=y/2,G=x+1,Y=T+1,J=0,ot=0,K=new V;for(let Q=0;Q<Y;Q++){let st=Q*z-$;for(let At=0;At<G;At++){let Bt=At*U-N;K[E]=Bt*b,K[g]=st*A,K[p]=D,c.push(K.x,K.y,K.z),K[E]=0,K[g]=0,K[p]=y>0?1:-1,h.push(K.x,K.y,K.z),u.push(At/x),u.push(1-Q/T),J+=1}}for(let Q=0;Q<T;Q++)for(let st=0;st<x;st++){let At=f+st+G*Q,Bt=f+st+G*(Q+1),tt=f+(st+1)+G*(Q+1),St=f+(st+1)+G*Q;l.push(At,Bt,St),l.push(Bt,tt,St),ot+=6}a.addGroup(d,ot,B),d+=ot,f+=J}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.width,t.height,t.depth,t.widthSegments,t.heightSegments,t.depthSegments)}};var Ws=class i extends Mn{constructor(t=1,e=1,n=1,s=32,r=1,o=!1,a=0,l=Math.PI*2){super(),this.type="CylinderGeometry",this.parameters={radiusTop:t,radiusBottom:e,height:n,radialSegments:s,heightSegments:r,openEnded:o,thetaStart:a,thetaLength:l};let c=this;s=Math.floor(s),r=Math.floor(r);let h=[],u=[],f=[],d=[],_=0,E=[],g=n/2,p=0;b(),o===!1&&(t>0&&A(!0),e>0&&A(!1)),this.setIndex(h),this.setAttribute("position",new ke(u,3)),this.setAttribute("normal",new ke(f,3)),this.setAttribute("uv",new ke(d,2));function b(){let M=new V,R=new V,y=0,x=(e-t)/n;for(let T=0;T<=r;T++){let B=[],U=T/r,z=U*(e-t)+t;for(let N=0;N<=s;N++){let $=N/s,D=$*l+a,G=Math.sin(D),Y=Math.cos(D);R.x=z*G,R.y=-U*n+g,R.z=z*Y,u.push(R.x,R.y,R.z),M.set(G,x,Y).normalize(),f.push(M.x,M.y,M.z),d.push($,1-U),B.push(_++)}E.push(B)}for(let T=0;T<s;T++)for(let B=0;B<r;B++){let U=E[B][T],z=E[B+1][T],N=E[B+1][T+1],$=E[B][T+1];(t>0||B!==0)&&(h.push(U,z,$),y+=3),(e>0||B!==r-1)&&(h.push(z,N,$),y+=3)}c.addGroup(p,y,0),p+=y}function A(M){let R=_,y=new Ot,x=new V,T=0,B=M===!0?t:e,U=M===!0?1:-1;for(let N=1;N<=s;N++)u.push(0,g*U,0),f.push(0,U,0),d.push(.5,.5),_++;let z=_;for(let N=0;N<=s;N++){let D=N/s*l+a,G=Math.cos(D),Y=Math.sin(D);x.x=B*Y,x.y=g*U,x.z=B*G,u.push(x.x,x.y,x.z),f.push(0,U,0),y.x=G*.5+.5,y.y=Y*.5*U+.5,d.push(y.x,y.y),_++}for(let N=0;N<s;N++){let $=R+N,D=z+N;M===!0?h.push(D,D+1,$):h.push(D+1,D,$),T+=3}c.addGroup(p,T,M===!0?1:2),p+=T}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.radiusTop,t.radiusBottom,t.height,t.radialSegments,t.heightSegments,t.openEnded,t.thetaStart,t.thetaLength)}},Fr=class i extends Ws{constructor(t=1,e=1,n=32,s=1,r=!1,o=0,a=Math.PI*2){super(0,t,e,n,s,r,o,a),this.type="ConeGeometry",this.parameters={radius:t,height:e,radialSegments:n,heightSegments:s,openEnded:r,thetaStart:o,thetaLength:a}}static fromJSON(t){return new i(t.radius,t.height,t.radialSegments,t.heightSegments,t.openEnded,t.thetaStart,t.thetaLength)}};var Dn=class{constructor(){this.type="Curve",this.arcLengthDivisions=200,this.needsUpdate=!1,this.cacheArcLengths=null}getPoint(){zt("Curve: .getPoint() not implemented.")}getPointAt(t,e){let n=this.getUtoTmapping(t);return this.getPoint(n,e)}getPoints(t=5){let e=[];for(let n=0;n<=t;n++)e.push(this.getPoint(n/t));return e}getSpacedPoints(t=5){let e=[];for(let n=0;n<=t;n++)e.push(this.getPointAt(n/t));return e}getLength(){let t=this.getLengths();return t[t.length-1]}getLengths(t=this.arcLengthDivisions){if(this.cacheArcLengths&&this.cacheArcLengths.length===t+1&&!this.needsUpdate)return this.cacheArcLengths;this.needsUpdate=!1;let e=[],n,s=this.getPoint(0),r=0;e.push(0);for(let o=1;o<=t;o++)n=this.getPoint(o/t),r+=n.distanceTo(s),e.push(r),s=n;return this.cacheArcLengths=e,e}updateArcLengths(){this.needsUpdate=!0,this.getLengths()}getUtoTmapping(t,e=null){let n=this.getLengths(),s=0,r=n.length,o;e?o=e:o=t*n[r-1];let a=0,l=r-1,c;for(;a<=l;)if(s=Math.floor(a+(l-a)/2),c=n[s]-o,c<0)a=s+1;else if(c>0)l=s-1;else{l=s;break}if(s=l,n[s]===o)return s/(r-1);let h=n[s],f=n[s+1]-h,d=(o-h)/f;return(s+d)/(r-1)}getTangent(t,e){let s=t-1e-4,r=t+1e-4;s<0&&(s=0),r>1&&(r=1);let o=this.getPoint(s),a=this.getPoint(r),l=e||(o.isVector2?new Ot:new V);return l.copy(a).sub(o).normalize(),l}getTangentAt(t,e){let n=this.getUtoTmapping(t);return this.getTangent(n,e)}computeFrenetFrames(t,e=!1){let n=new V,s=[],r=[],o=[],a=new V,l=new Te;for(let d=0;d<=t;d++){let _=d/t;s[d]=this.getTangentAt(_,new V)}r[0]=new V,o[0]=new V;let c=Number.MAX_VALUE,h=Math.abs(s[0].x),u=Math.abs(s[0].y),f=Math.abs(s[0].z);h<=c&&(c=h,n.set(1,0,0)),u<=c&&(c=u,n.set(0,1,0)),f<=c&&n.set(0,0,1),a.crossVectors(s[0],n).normalize(),r[0].crossVectors(s[0],a),o[0].crossVectors(s[0],r[0]);for(let d=1;d<=t;d++){if(r[d]=r[d-1].clone(),o[d]=o[d-1].clone(),a.crossVectors(s[d-1],s[d]),a.length()>Number.EPSILON){a.normalize();let _=Math.acos(re(s[d-1].dot(s[d]),-1,1));r[d].applyMatrix4(l.makeRotationAxis(a,_))}o[d].crossVectors(s[d],r[d])}if(e===!0){let d=Math.acos(re(r[0].dot(r[t]),-1,1));d/=t,s[0].dot(a.crossVectors(r[0],r[t]))>0&&(d=-d);for(let _=1;_<=t;_++)r[_].applyMatrix4(l.makeRotationAxis(s[_],d*_)),o[_].crossVectors(s[_],r[_])}return{tangents:s,normals:r,binormals:o}}clone(){return new this.constructor().copy(this)}copy(t){return this.arcLengthDivisions=t.arcLengthDivisions,this.cacheArcLengths=null,this}toJSON(){let t={metadata:{version:4.7,type:"Curve",generator:"Curve.toJSON"}};return t.arcLengthDivisions=this.arcLengthDivisions,t.type=this.type,t}fromJSON(t){return this.arcLengthDivisions=t.arcLengthDivisions,this.cacheArcLengths=null,this}},Or=class extends Dn{constructor(t=0,e=0,n=1,s=1,r=0,o=Math.PI*2,a=!1,l=0){super(),this.isEllipseCurve=!0,this.type="EllipseCurve",this.aX=t,this.aY=e,this.xRadius=n,this.yRadius=s,this.aStartAngle=r,this.aEndAngle=o,this.aClockwise=a,this.aRotation=l}getPoint(t,e=new Ot){let n=e,s=Math.PI*2,r=this.aEndAngle-this.aStartAngle,o=Math.abs(r)<Number.EPSILON;for(;r<0;)r+=s;for(;r>s;)r-=s;r<Number.EPSILON&&(o?r=0:r=s),this.aClockwise===!0&&!o&&(r===s?r=-s:r=r-s);let a=this.aStartAngle+t*r,l=this.aX+this.xRadius*Math.cos(a),c=this.aY+this.yRadius*Math.sin(a);if(this.aRotation!==0){let h=Math.cos(this.aRotation),u=Math.sin(this.aRotation),f=l-this.aX,d=c-this.aY;l=f*h-d*u+this.aX,c=f*u+d*h+this.aY}return n.set(l,c)}copy(t){return super.copy(t),this.aX=t.aX,this.aY=t.aY,this.xRadius=t.xRadius,this.yRadius=t.yRadius,this.aStartAngle=t.aStartAngle,this.aEndAngle=t.aEndAngle,this.aClockwise=t.aClockwise,this.aRotation=t.aRotation,this}toJSON(){let t=super.toJSON();return t.aX=this.aX,t.aY=this.aY,t.xRadius=this.xRadius,t.yRadius=this.yRadius,t.aStartAngle=this.aStartAngle,t.aEndAngle=this.aEndAngle,t.aClockwise=this.aClockwise,t.aRotation=this.aRotation,t}fromJSON(t){return super.fromJSON(t),this.aX=t.aX,this.aY=t.aY,this.xRadius=t.xRadius,this.yRadius=t.yRadius,this.aStartAngle=t.aStartAngle,this.aEndAngle=t.aEndAngle,this.aClockwise=t.aClockwise,this.aRotation=t.aRotation,this}},xa=class extends Or{constructor(t,e,n,s,r,o){super(t,e,n,n,s,r,o),this.isArcCurve=!0,this.type="ArcCurve"}};function Uh(){let i=0,t=0,e=0,n=0;function s(r,o,a,l){i=r,t=a,e=-3*r+3*o-2*a-l,n=2*r-2*o+a+l}return{initCatmullRom:function(r,o,a,l,c){s(o,a,c*(a-r),c*(l-o))},initNonuniformCatmullRom:function(r,o,a,l,c,h,u){let f=(o-r)/c-(a-r)/(c+h)+(a-o)/h,d=(a-o)/h-(l-o)/(h+u)+(l-a)/u;f*=h,d*=h,s(o,a,f,d)},calc:function(r){let o=r*r,a=o*r;return i+t*r+e*o+n*a}}}var Bf=new V,kf=new V,Zc=new Uh,Jc=new Uh,Kc=new Uh,ts=class extends Dn{constructor(t=[],e=!1,n="centripetal",s=.5){super(),this.isCatmullRomCurve3=!0,this.type="CatmullRomCurve3",this.points=t,this.closed=e,this.curveType=n,this.tension=s}getPoint(t,e=new V){let n=e,s=this.points,r=s.length,o=(r-(this.closed?0:1))*t,a=Math.floor(o),l=o-a;this.closed?a+=a>0?0:(Math.floor(Math.abs(a)/r)+1)*r:l===0&&a===r-1&&(a=r-2,l=1);let c,h;this.closed||a>0?c=s[(a-1)%r]:(kf.subVectors(s[0],s[1]).add(s[0]),c=kf);let u=s[a%r],f=s[(a+1)%r];if(this.closed||a+2<r?h=s[(a+2)%r]:(Bf.subVectors(s[r-1],s[r-2]).add(s[r-1]),h=Bf),this.curveType==="centripetal"||this.curveType==="chordal"){let d=this.curveType==="chordal"?.5:.25,_=Math.pow(c.distanceToSquared(u),d),E=Math.pow(u.distanceToSquared(f),d),g=Math.pow(f.distanceToSquared(h),d);E<1e-4&&(E=1),_<1e-4&&(_=E),g<1e-4&&(g=E),Zc.initNonuniformCatmullRom(c.x,u.x,f.x,h.x,_,E,g),Jc.initNonuniformCatmullRom(c.y,u.y,f.y,h.y,_,E,g),Kc.initNonuniformCatmullRom(c.z,u.z,f.z,h.z,_,E,g)}else this.curveType==="catmullrom"&&(Zc.initCatmullRom(c.x,u.x,f.x,h.x,this.tension),Jc.initCatmullRom(c.y,u.y,f.y,h.y,this.tension),Kc.initCatmullRom(c.z,u.z,f.z,h.z,this.tension));return n.set(Zc.calc(l),Jc.calc(l),Kc.calc(l)),n}copy(t){super.copy(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(s.clone())}return this.closed=t.closed,this.curveType=t.curveType,this.tension=t.tension,this}toJSON(){let t=super.toJSON();t.points=[];for(let e=0,n=this.points.length;e<n;e++){let s=this.points[e];t.points.push(s.toArray())}return t.closed=this.closed,t.curveType=this.curveType,t.tension=this.tension,t}fromJSON(t){super.fromJSON(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(new V().fromArray(s))}return this.closed=t.closed,this.curveType=t.curveType,this.tension=t.tension,this}};function zf(i,t,e,n,s){let r=(n-t)*.5,o=(s-e)*.5,a=i*i,l=i*a;return(2*e-2*n+r+o)*l+(-3*e+3*n-2*r-o)*a+r*i+e}function R0(i,t){let e=1-i;return e*e*t}function C0(i,t){return 2*(1-i)*i*t}function I0(i,t){return i*i*t}function Mr(i,t,e,n){return R0(i,t)+C0(i,e)+I0(i,n)}function P0(i,t){let e=1-i;return e*e*e*t}function L0(i,t){let e=1-i;return 3*e*e*i*t}function D0(i,t){return 3*(1-i)*i*i*t}function U0(i,t){return i*i*i*t}function br(i,t,e,n,s){return P0(i,t)+L0(i,e)+D0(i,n)+U0(i,s)}var ya=class extends Dn{constructor(t=new Ot,e=new Ot,n=new Ot,s=new Ot){super(),this.isCubicBezierCurve=!0,this.type="CubicBezierCurve",this.v0=t,this.v1=e,this.v2=n,this.v3=s}getPoint(t,e=new Ot){let n=e,s=this.v0,r=this.v1,o=this.v2,a=this.v3;return n.set(br(t,s.x,r.x,o.x,a.x),br(t,s.y,r.y,o.y,a.y)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this.v3.copy(t.v3),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t.v3=this.v3.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this.v3.fromArray(t.v3),this}},va=class extends Dn{constructor(t=new V,e=new V,n=new V,s=new V){super(),this.isCubicBezierCurve3=!0,this.type="CubicBezierCurve3",this.v0=t,this.v1=e,this.v2=n,this.v3=s}getPoint(t,e=new V){let n=e,s=this.v0,r=this.v1,o=this.v2,a=this.v3;return n.set(br(t,s.x,r.x,o.x,a.x),br(t,s.y,r.y,o.y,a.y),br(t,s.z,r.z,o.z,a.z)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this.v3.copy(t.v3),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t.v3=this.v3.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this.v3.fromArray(t.v3),this}},Sa=class extends Dn{constructor(t=new Ot,e=new Ot){super(),this.isLineCurve=!0,this.type="LineCurve",this.v1=t,this.v2=e}getPoint(t,e=new Ot){let n=e;return t===1?n.copy(this.v2):(n.copy(this.v2).sub(this.v1),n.multiplyScalar(t).add(this.v1)),n}getPointAt(t,e){return this.getPoint(t,e)}getTangent(t,e=new Ot){return e.subVectors(this.v2,this.v1).normalize()}getTangentAt(t,e){return this.getTangent(t,e)}copy(t){return super.copy(t),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},wa=class extends Dn{constructor(t=new V,e=new V){super(),this.isLineCurve3=!0,this.type="LineCurve3",this.v1=t,this.v2=e}getPoint(t,e=new V){let n=e;return t===1?n.copy(this.v2):(n.copy(this.v2).sub(this.v1),n.multiplyScalar(t).add(this.v1)),n}getPointAt(t,e){return this.getPoint(t,e)}getTangent(t,e=new V){return e.subVectors(this.v2,this.v1).normalize()}getTangentAt(t,e){return this.getTangent(t,e)}copy(t){return super.copy(t),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},Ma=class extends Dn{constructor(t=new Ot,e=new Ot,n=new Ot){super(),this.isQuadraticBezierCurve=!0,this.type="QuadraticBezierCurve",this.v0=t,this.v1=e,this.v2=n}getPoint(t,e=new Ot){let n=e,s=this.v0,r=this.v1,o=this.v2;return n.set(Mr(t,s.x,r.x,o.x),Mr(t,s.y,r.y,o.y)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},Br=class extends Dn{constructor(t=new V,e=new V,n=new V){super(),this.isQuadraticBezierCurve3=!0,this.type="QuadraticBezierCurve3",this.v0=t,this.v1=e,this.v2=n}getPoint(t,e=new V){let n=e,s=this.v0,r=this.v1,o=this.v2;return n.set(Mr(t,s.x,r.x,o.x),Mr(t,s.y,r.y,o.y),Mr(t,s.z,r.z,o.z)),n}copy(t){return super.copy(t),this.v0.copy(t.v0),this.v1.copy(t.v1),this.v2.copy(t.v2),this}toJSON(){let t=super.toJSON();return t.v0=this.v0.toArray(),t.v1=this.v1.toArray(),t.v2=this.v2.toArray(),t}fromJSON(t){return super.fromJSON(t),this.v0.fromArray(t.v0),this.v1.fromArray(t.v1),this.v2.fromArray(t.v2),this}},ba=class extends Dn{constructor(t=[]){super(),this.isSplineCurve=!0,this.type="SplineCurve",this.points=t}getPoint(t,e=new Ot){let n=e,s=this.points,r=(s.length-1)*t,o=Math.floor(r),a=r-o,l=s[o===0?o:o-1],c=s[o],h=s[o>s.length-2?s.length-1:o+1],u=s[o>s.length-3?s.length-1:o+2];return n.set(zf(a,l.x,c.x,h.x,u.x),zf(a,l.y,c.y,h.y,u.y)),n}copy(t){super.copy(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(s.clone())}return this}toJSON(){let t=super.toJSON();t.points=[];for(let e=0,n=this.points.length;e<n;e++){let s=this.points[e];t.points.push(s.toArray())}return t}fromJSON(t){super.fromJSON(t),this.points=[];for(let e=0,n=t.points.length;e<n;e++){let s=t.points[e];this.points.push(new Ot().fromArray(s))}return this}},N0=Object.freeze({__proto__:null,ArcCurve:xa,CatmullRomCurve3:ts,CubicBezierCurve:ya,CubicBezierCurve3:va,EllipseCurve:Or,LineCurve:Sa,LineCurve3:wa,QuadraticBezierCurve:Ma,QuadraticBezierCurve3:Br,SplineCurve:ba});var Ui=class i extends Mn{constructor(t=1,e=1,n=1,s=1){super(),this.type="PlaneGeometry",this.parameters={width:t,height:e,widthSegments:n,heightSegments:s};let r=t/2,o=e/2,a=Math.floor(n),l=Math.floor(s),c=a+1,h=l+1,u=t/a,f=e/l,d=[],_=[],E=[],g=[];for(let p=0;p<h;p++){let b=p*f-o;for(let A=0;A<c;A++){let M=A*u-r;_.push(M,-b,0),E.push(0,0,1),g.push(A/a),g.push(1-p/l)}}for(let p=0;p<l;p++)for(let b=0;b<a;b++){let A=b+c*p,M=b+c*(p+1),R=b+1+c*(p+1),y=b+1+c*p;d.push(A,M,y),d.push(M,R,y)}this.setIndex(d),this.setAttribute("position",new ke(_,3)),this.setAttribute("normal",new ke(E,3)),this.setAttribute("uv",new ke(g,2))}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.width,t.height,t.widthSegments,t.heightSegments)}};var es=class i extends Mn{constructor(t=1,e=32,n=16,s=0,r=Math.PI*2,o=0,a=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:t,widthSegments:e,heightSegments:n,phiStart:s,phiLength:r,thetaStart:o,thetaLength:a},e=Math.max(3,Math.floor(e)),n=Math.max(2,Math.floor(n));let l=Math.min(o+a,Math.PI),c=0,h=[],u=new V,f=new V,d=[],_=[],E=[],g=[];for(let p=0;p<=n;p++){let b=[],A=p/n,M=o+A*a,R=t*Math.cos(M),y=Math.sqrt(t*t-R*R),x=0;p===0&&o===0?x=.5/e:p===n&&l===Math.PI&&(x=-.5/e);for(let T=0;T<=e;T++){let B=T/e,U=s+B*r;u.x=-y*Math.cos(U),u.y=R,u.z=y*Math.sin(U),_.push(u.x,u.y,u.z),f.copy(u).normalize(),E.push(f.x,f.y,f.z),g.push(B+x,1-A),b.push(c++)}h.push(b)}for(let p=0;p<n;p++)for(let b=0;b<e;b++){let A=h[p][b+1],M=h[p][b],R=h[p+1][b],y=h[p+1][b+1];(p!==0||o>0)&&d.push(A,M,y),(p!==n-1||l<Math.PI)&&d.push(M,R,y)}this.setIndex(d),this.setAttribute("position",new ke(_,3)),this.setAttribute("normal",new ke(E,3)),this.setAttribute("uv",new ke(g,2))}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}static fromJSON(t){return new i(t.radius,t.widthSegments,t.heightSegments,t.phiStart,t.phiLength,t.thetaStart,t.thetaLength)}};var Xs=class i extends Mn{constructor(t=new Br(new V(-1,-1,0),new V(-1,1,0),new V(1,1,0)),e=64,n=1,s=8,r=!1){super(),this.type="TubeGeometry",this.parameters={path:t,tubularSegments:e,radius:n,radialSegments:s,closed:r};let o=t.computeFrenetFrames(e,r);this.tangents=o.tangents,this.normals=o.normals,this.binormals=o.binormals;let a=new V,l=new V,c=new Ot,h=new V,u=[],f=[],d=[],_=[];E(),this.setIndex(_),this.setAttribute("position",new ke(u,3)),this.setAttribute("normal",new ke(f,3)),this.setAttribute("uv",new ke(d,2));function E(){for(let A=0;A<e;A++)g(A);g(r===!1?e:0),b(),p()}function g(A){h=t.getPointAt(A/e,h);let M=o.normals[A],R=o.binormals[A];for(let y=0;y<=s;y++){let x=y/s*Math.PI*2,T=Math.sin(x),B=-Math.cos(x);l.x=B*M.x+T*R.x,l.y=B*M.y+T*R.y,l.z=B*M.z+T*R.z,l.normalize(),f.push(l.x,l.y,l.z),a.x=h.x+n*l.x,a.y=h.y+n*l.y,a.z=h.z+n*l.z,u.push(a.x,a.y,a.z)}}function p(){for(let A=1;A<=e;A++)for(let M=1;M<=s;M++){let R=(s+1)*(A-1)+(M-1),y=(s+1)*A+(M-1),x=(s+1)*A+M,T=(s+1)*(A-1)+M;_.push(R,y,T),_.push(y,x,T)}}function b(){for(let A=0;A<=e;A++)for(let M=0;M<=s;M++)c.x=A/e,c.y=M/s,d.push(c.x,c.y)}}copy(t){return super.copy(t),this.parameters=Object.assign({},t.parameters),this}toJSON(){let t=super.toJSON();return t.path=this.parameters.path.toJSON(),t}static fromJSON(t){return new i(new N0[t.path.type]().fromJSON(t.path),t.tubularSegments,t.radius,t.radialSegments,t.closed)}};function as(i){let t={};for(let e in i){t[e]={};for(let n in i[e]){let s=i[e][n];if(Gf(s))s.isRenderTargetTexture?(zt("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),t[e][n]=null):t[e][n]=s.clone();else if(Array.isArray(s))if(Gf(s[0])){let r=[];for(let o=0,a=s.length;o<a;o++)r[o]=s[o].clone();t[e][n]=r}else t[e][n]=s.slice();else t[e][n]=s}}return t}function en(i){let t={};for(let e=0;e<i.length;e++){let n=as(i[e]);for(let s in n)t[s]=n[s]}return t}function Gf(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function F0(i){let t=[];for(let e=0;e<i.length;e++)t.push(i[e].clone());return t}function Nh(i){let t=i.getRenderTarget();return t===null?i.outputColorSpace:t.isXRRenderTarget===!0?t.texture.colorSpace:ae.workingColorSpace}var Dd={clone:as,merge:en},O0=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,B0=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,jn=class extends Pi{constructor(t){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=O0,this.fragmentShader=B0,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,t!==void 0&&this.setValues(t)}copy(t){return super.copy(t),this.fragmentShader=t.fragmentShader,this.vertexShader=t.vertexShader,this.uniforms=as(t.uniforms),this.uniformsGroups=F0(t.uniformsGroups),this.defines=Object.assign({},t.defines),this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.fog=t.fog,this.lights=t.lights,this.clipping=t.clipping,this.extensions=Object.assign({},t.extensions),this.glslVersion=t.glslVersion,this.defaultAttributeValues=Object.assign({},t.defaultAttributeValues),this.index0AttributeName=t.index0AttributeName,this.uniformsNeedUpdate=t.uniformsNeedUpdate,this}toJSON(t){let e=super.toJSON(t);e.glslVersion=this.glslVersion,e.uniforms={};for(let s in this.uniforms){let o=this.uniforms[s].value;o&&o.isTexture?e.uniforms[s]={type:"t",value:o.toJSON(t).uuid}:o&&o.isColor?e.uniforms[s]={type:"c",value:o.getHex()}:o&&o.isVector2?e.uniforms[s]={type:"v2",value:o.toArray()}:o&&o.isVector3?e.uniforms[s]={type:"v3",value:o.toArray()}:o&&o.isVector4?e.uniforms[s]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?e.uniforms[s]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?e.uniforms[s]={type:"m4",value:o.toArray()}:e.uniforms[s]={value:o}}Object.keys(this.defines).length>0&&(e.defines=this.defines),e.vertexShader=this.vertexShader,e.fragmentShader=this.fragmentShader,e.lights=this.lights,e.clipping=this.clipping;let n={};for(let s in this.extensions)this.extensions[s]===!0&&(n[s]=!0);return Object.keys(n).length>0&&(e.extensions=n),e}fromJSON(t,e){if(super.fromJSON(t,e),t.uniforms!==void 0)for(let n in t.uniforms){let s=t.uniforms[n];switch(this.uniforms[n]={},s.type){case"t":this.uniforms[n].value=e[s.value]||null;break;case"c":this.uniforms[n].value=new Jt().setHex(s.value);break;case"v2":this.uniforms[n].value=new Ot().fromArray(s.value);break;case"v3":this.uniforms[n].value=new V().fromArray(s.value);break;case"v4":this.uniforms[n].value=new Ce().fromArray(s.value);break;case"m3":this.uniforms[n].value=new Xt().fromArray(s.value);break;case"m4":this.uniforms[n].value=new Te().fromArray(s.value);break;default:this.uniforms[n].value=s.value}}if(t.defines!==void 0&&(this.defines=t.defines),t.vertexShader!==void 0&&(this.vertexShader=t.vertexShader),t.fragmentShader!==void 0&&(this.fragmentShader=t.fragmentShader),t.glslVersion!==void 0&&(this.glslVersion=t.glslVersion),t.extensions!==void 0)for(let n in t.extensions)this.extensions[n]=t.extensions[n];return t.lights!==void 0&&(this.lights=t.lights),t.clipping!==void 0&&(this.clipping=t.clipping),this}},Ea=class extends jn{constructor(t){super(t),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}},kr=class extends Pi{constructor(t){super(),this.isMeshStandardMaterial=!0,this.type="MeshStandardMaterial",this.defines={STANDARD:""},this.color=new Jt(16777215),this.roughness=1,this.metalness=0,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Jt(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=El,this.normalScale=new Ot(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.roughnessMap=null,this.metalnessMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new gi,this.envMapIntensity=1,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(t)}copy(t){return super.copy(t),this.defines={STANDARD:""},this.color.copy(t.color),this.roughness=t.roughness,this.metalness=t.metalness,this.map=t.map,this.lightMap=t.lightMap,this.lightMapIntensity=t.lightMapIntensity,this.aoMap=t.aoMap,this.aoMapIntensity=t.aoMapIntensity,this.emissive.copy(t.emissive),this.emissiveMap=t.emissiveMap,this.emissiveIntensity=t.emissiveIntensity,this.bumpMap=t.bumpMap,this.bumpScale=t.bumpScale,this.normalMap=t.normalMap,this.normalMapType=t.normalMapType,this.normalScale.copy(t.normalScale),this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this.roughnessMap=t.roughnessMap,this.metalnessMap=t.metalnessMap,this.alphaMap=t.alphaMap,this.envMap=t.envMap,this.envMapRotation.copy(t.envMapRotation),this.envMapIntensity=t.envMapIntensity,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this.wireframeLinecap=t.wireframeLinecap,this.wireframeLinejoin=t.wireframeLinejoin,this.flatShading=t.flatShading,this.fog=t.fog,this}};var Aa=class extends Pi{constructor(t){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=xd,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(t)}copy(t){return super.copy(t),this.depthPacking=t.depthPacking,this.map=t.map,this.alphaMap=t.alphaMap,this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this.wireframe=t.wireframe,this.wireframeLinewidth=t.wireframeLinewidth,this}},Ta=class extends Pi{constructor(t){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(t)}copy(t){return super.copy(t),this.map=t.map,this.alphaMap=t.alphaMap,this.displacementMap=t.displacementMap,this.displacementScale=t.displacementScale,this.displacementBias=t.displacementBias,this}};function Ds(i,t){return!i||i.constructor===t?i:typeof t.BYTES_PER_ELEMENT=="number"?new t(i):Array.prototype.slice.call(i)}function Jo(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var Ni=class{constructor(t,e,n,s){this.parameterPositions=t,this._cachedIndex=0,this.resultBuffer=s!==void 0?s:new e.constructor(n),this.sampleValues=e,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(t){let e=this.parameterPositions,n=this._cachedIndex,s=e[n],r=e[n-1];t:{e:{let o;n:{i:if(!(t<s)){for(let a=n+2;;){if(s===void 0){if(t<r)break i;return n=e.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(r=s,s=e[++n],t<s)break e}o=e.length;break n}if(!(t>=r)){let a=e[1];t<a&&(n=2,r=a);for(let l=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===l)break;if(s=r,r=e[--n-1],t>=r)break e}o=n,n=0;break n}break t}for(;n<o;){let a=n+o>>>1;t<e[a]?o=a:n=a+1}if(s=e[n],r=e[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(s===void 0)return n=e.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,s)}return this.interpolate_(n,r,t,s)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(t){let e=this.resultBuffer,n=this.sampleValues,s=this.valueSize,r=t*s;for(let o=0;o!==s;++o)e[o]=n[r+o];return e}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Ra=class extends Ni{constructor(t,e,n,s){super(t,e,n,s),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:th,endingEnd:th}}intervalChanged_(t,e,n){let s=this.parameterPositions,r=t-2,o=t+1,a=s[r],l=s[o];if(a===void 0)switch(this.getSettings_().endingStart){case eh:r=t,a=2*e-n;break;case nh:r=s.length-2,a=e+s[r]-s[r+1];break;default:r=t,a=n}if(l===void 0)switch(this.getSettings_().endingEnd){case eh:o=t,l=2*n-e;break;case nh:o=1,l=n+s[1]-s[0];break;default:o=t-1,l=e}let c=(n-e)*.5,h=this.valueSize;this._weightPrev=c/(e-a),this._weightNext=c/(l-n),this._offsetPrev=r*h,this._offsetNext=o*h}interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=this._offsetPrev,u=this._offsetNext,f=this._weightPrev,d=this._weightNext,_=(n-e)/(s-e),E=_*_,g=E*_,p=-f*g+2*f*E-f*_,b=(1+f)*g+(-1.5-2*f)*E+(-.5+f)*_+1,A=(-1-d)*g+(1.5+d)*E+.5*_,M=d*g-d*E;for(let R=0;R!==a;++R)r[R]=p*o[h+R]+b*o[c+R]+A*o[l+R]+M*o[u+R];return r}},Ca=class extends Ni{constructor(t,e,n,s){super(t,e,n,s)}interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=(n-e)/(s-e),u=1-h;for(let f=0;f!==a;++f)r[f]=o[c+f]*u+o[l+f]*h;return r}},Ia=class extends Ni{constructor(t,e,n,s){super(t,e,n,s)}interpolate_(t){return this.copySampleValue_(t-1)}},Pa=class extends Ni{interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=t*a,c=l-a,h=this.inTangents,u=this.outTangents;if(!h||!u){let _=(n-e)/(s-e),E=1-_;for(let g=0;g!==a;++g)r[g]=o[c+g]*E+o[l+g]*_;return r}let f=a*2,d=t-1;for(let _=0;_!==a;++_){let E=o[c+_],g=o[l+_],p=d*f+_*2,b=u[p],A=u[p+1],M=t*f+_*2,R=h[M],y=h[M+1],x=z0(n,e,b,R,s);r[_]=Ud(x,E,A,y,g)}return r}};function Ud(i,t,e,n,s){let r=1-i;return r*r*r*t+3*r*r*i*e+3*r*i*i*n+i*i*i*s}function k0(i,t,e,n,s){let r=1-i;return 3*r*r*(e-t)+6*r*i*(n-e)+3*i*i*(s-n)}function z0(i,t,e,n,s){let r=(i-t)/(s-t);for(let o=0;o<8;o++){let a=Ud(r,t,e,n,s)-i;if(Math.abs(a)<1e-10)break;let l=k0(r,t,e,n,s);if(Math.abs(l)<1e-10)break;r=Math.max(0,Math.min(1,r-a/l))}return r}var bn=class{constructor(t,e,n,s){if(t===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(e===void 0||e.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+t);this.name=t,this.times=Ds(e,this.TimeBufferType),this.values=Ds(n,this.ValueBufferType),this.setInterpolation(s||this.DefaultInterpolation)}static toJSON(t){let e=t.constructor,n;if(e.toJSON!==this.toJSON)n=e.toJSON(t);else{n={name:t.name,times:Ds(t.times,Array),values:Ds(t.values,Array)};let s=t.getInterpolation();s!==t.DefaultInterpolation&&(n.interpolation=s),Jo(t.settings)&&(n.settings={inTangents:Ds(t.settings.inTangents,Array),outTangents:Ds(t.settings.outTangents,Array)})}return n.type=t.ValueTypeName,n}InterpolantFactoryMethodDiscrete(t){return new Ia(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodLinear(t){return new Ca(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodSmooth(t){return new Ra(this.times,this.values,this.getValueSize(),t)}InterpolantFactoryMethodBezier(t){let e=new Pa(this.times,this.values,this.getValueSize(),t);return this.settings&&(e.inTangents=this.settings.inTangents,e.outTangents=this.settings.outTangents),e}setInterpolation(t){let e;switch(t){case Er:e=this.InterpolantFactoryMethodDiscrete;break;case ha:e=this.InterpolantFactoryMethodLinear;break;case Qo:e=this.InterpolantFactoryMethodSmooth;break;case Qc:e=this.InterpolantFactoryMethodBezier;break}if(e===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(t!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return zt("KeyframeTrack:",n),this}return this.createInterpolant=e,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Er;case this.InterpolantFactoryMethodLinear:return ha;case this.InterpolantFactoryMethodSmooth:return Qo;case this.InterpolantFactoryMethodBezier:return Qc}}getValueSize(){return this.values.length/this.times.length}shift(t){if(t!==0){let e=this.times;for(let n=0,s=e.length;n!==s;++n)e[n]+=t;Jo(this.settings)&&(Vf(this.settings.inTangents,t),Vf(this.settings.outTangents,t))}return this}scale(t){if(t!==1){let e=this.times;for(let n=0,s=e.length;n!==s;++n)e[n]*=t;Jo(this.settings)&&(Hf(this.settings.inTangents,t),Hf(this.settings.outTangents,t))}return this}trim(t,e){let n=this.times,s=n.length,r=0,o=s-1;for(;r!==s&&n[r]<t;)++r;for(;o!==-1&&n[o]>e;)--o;if(++o,r!==0||o!==s){r>=o&&(o=Math.max(o,1),r=o-1);let a=this.getValueSize();this.times=n.slice(r,o),this.values=this.values.slice(r*a,o*a)}return this}validate(){let t=!0,e=this.getValueSize();e-Math.floor(e)!==0&&(Ht("KeyframeTrack: Invalid value size in track.",this),t=!1);let n=this.times,s=this.values,r=n.length;r===0&&(Ht("KeyframeTrack: Track is empty.",this),t=!1);let o=null;for(let a=0;a!==r;a++){let l=n[a];if(typeof l=="number"&&isNaN(l)){Ht("KeyframeTrack: Time is not a valid number.",this,a,l),t=!1;break}if(o!==null&&o>l){Ht("KeyframeTrack: Out of order keys.",this,a,l,o),t=!1;break}o=l}if(s!==void 0&&o0(s))for(let a=0,l=s.length;a!==l;++a){let c=s[a];if(isNaN(c)){Ht("KeyframeTrack: Value is not a valid number.",this,a,c),t=!1;break}}return t}optimize(){let t=this.times.slice(),e=this.values.slice(),n=this.getValueSize(),s=this.getInterpolation()===Qo,r=t.length-1,o=1;for(let a=1;a<r;++a){let l=!1,c=t[a],h=t[a+1];if(c!==h&&(a!==1||c!==t[0]))if(s)l=!0;else{let u=a*n,f=u-n,d=u+n;for(let _=0;_!==n;++_){let E=e[u+_];if(E!==e[f+_]||E!==e[d+_]){l=!0;break}}}if(l){if(a!==o){t[o]=t[a];let u=a*n,f=o*n;for(let d=0;d!==n;++d)e[f+d]=e[u+d]}++o}}if(r>0){t[o]=t[r];for(let a=r*n,l=o*n,c=0;c!==n;++c)e[l+c]=e[a+c];++o}return o!==t.length?(this.times=t.slice(0,o),this.values=e.slice(0,o*n)):(this.times=t,this.values=e),this}clone(){let t=this.times.slice(),e=this.values.slice(),n=this.constructor,s=new n(this.name,t,e);return s.createInterpolant=this.createInterpolant,Jo(this.settings)&&(s.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),s}};function Vf(i,t){for(let e=0,n=i.length;e!==n;e+=2)i[e]+=t}function Hf(i,t){for(let e=0,n=i.length;e!==n;e+=2)i[e]*=t}bn.prototype.ValueTypeName="";bn.prototype.TimeBufferType=Float32Array;bn.prototype.ValueBufferType=Float32Array;bn.prototype.DefaultInterpolation=ha;var Fi=class extends bn{constructor(t,e,n){super(t,e,n)}};Fi.prototype.ValueTypeName="bool";Fi.prototype.ValueBufferType=Array;Fi.prototype.DefaultInterpolation=Er;Fi.prototype.InterpolantFactoryMethodLinear=void 0;Fi.prototype.InterpolantFactoryMethodSmooth=void 0;var La=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}};La.prototype.ValueTypeName="color";var Da=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}};Da.prototype.ValueTypeName="number";var Ua=class extends Ni{constructor(t,e,n,s){super(t,e,n,s)}interpolate_(t,e,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(n-e)/(s-e),c=t*a;for(let h=c+a;c!==h;c+=4)Kn.slerpFlat(r,0,o,c-a,o,c,l);return r}},zr=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}InterpolantFactoryMethodLinear(t){return new Ua(this.times,this.values,this.getValueSize(),t)}};zr.prototype.ValueTypeName="quaternion";zr.prototype.InterpolantFactoryMethodSmooth=void 0;var Oi=class extends bn{constructor(t,e,n){super(t,e,n)}};Oi.prototype.ValueTypeName="string";Oi.prototype.ValueBufferType=Array;Oi.prototype.DefaultInterpolation=Er;Oi.prototype.InterpolantFactoryMethodLinear=void 0;Oi.prototype.InterpolantFactoryMethodSmooth=void 0;var Na=class extends bn{constructor(t,e,n,s){super(t,e,n,s)}};Na.prototype.ValueTypeName="vector";var Fa=class{constructor(t,e,n){let s=this,r=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=t,this.onProgress=e,this.onError=n,this._abortController=null,this.itemStart=function(h){a++,r===!1&&s.onStart!==void 0&&s.onStart(h,o,a),r=!0},this.itemEnd=function(h){o++,s.onProgress!==void 0&&s.onProgress(h,o,a),o===a&&(r=!1,s.onLoad!==void 0&&s.onLoad())},this.itemError=function(h){s.onError!==void 0&&s.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,u){return c.push(h,u),this},this.removeHandler=function(h){let u=c.indexOf(h);return u!==-1&&c.splice(u,2),this},this.getHandler=function(h){for(let u=0,f=c.length;u<f;u+=2){let d=c[u],_=c[u+1];if(d.global&&(d.lastIndex=0),d.test(h))return _}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Nd=new Fa,Oa=class{constructor(t){this.manager=t!==void 0?t:Nd,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(t,e){let n=this;return new Promise(function(s,r){n.load(t,s,e,r)})}parse(){}setCrossOrigin(t){return this.crossOrigin=t,this}setWithCredentials(t){return this.withCredentials=t,this}setPath(t){return this.path=t,this}setResourcePath(t){return this.resourcePath=t,this}setRequestHeader(t){return this.requestHeader=t,this}setPriority(t){return this.priority=t,this}setCache(t){return this.cache=t,this}abort(){return this}};Oa.DEFAULT_MATERIAL_NAME="__DEFAULT";var Gr=class extends tn{static registerNode(t){this.prototype._lightNode=t}constructor(t,e=1){super(),this.isLight=!0,this.type="Light",this.color=new Jt(t),this.intensity=e}copy(t,e){return super.copy(t,e),this.color.copy(t.color),this.intensity=t.intensity,this}toJSON(t){let e=super.toJSON(t);return e.object.color=this.color.getHex(),e.object.intensity=this.intensity,e}},Vr=class extends Gr{constructor(t,e,n){super(t,n),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(tn.DEFAULT_UP),this.updateMatrix(),this.groundColor=new Jt(e)}copy(t,e){return super.copy(t,e),this.groundColor.copy(t.groundColor),this}toJSON(t){let e=super.toJSON(t);return e.object.groundColor=this.groundColor.getHex(),e}},jc=new Te,Wf=new V,Xf=new V,Ba=class{constructor(t){this.camera=t,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new Ot(512,512),this.mapType=dn,this.map=null,this.mapPass=null,this.matrix=new Te,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new Li,this._frameExtents=new Ot(1,1),this._viewportCount=1,this._viewports=[new Ce(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(t){let e=this.camera;Wf.setFromMatrixPosition(t.matrixWorld),e.position.copy(Wf),Xf.setFromMatrixPosition(t.target.matrixWorld),e.lookAt(Xf),e.updateMatrixWorld(),this._updateMatrix(e,this.matrix,this._frustum)}_updateMatrix(t,e,n,s){jc.multiplyMatrices(t.projectionMatrix,t.matrixWorldInverse),n.setFromProjectionMatrix(jc,t.coordinateSystem,t.reversedDepth);let r=this._frameExtents,o=s?s.z/r.x:1,a=s?s.w/r.y:1,l=s?s.x/r.x:0,c=s?s.y/r.y:0;t.coordinateSystem===Bs||t.reversedDepth?e.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,1,0,0,0,0,1):e.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,.5,.5,0,0,0,1),e.multiply(jc)}getViewport(t){return this._viewports[t]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(t){return this.camera=t.camera.clone(),this.intensity=t.intensity,this.bias=t.bias,this.radius=t.radius,this.autoUpdate=t.autoUpdate,this.needsUpdate=t.needsUpdate,this.normalBias=t.normalBias,this.blurSamples=t.blurSamples,this.mapSize.copy(t.mapSize),this.mapType=t.mapType,this.biasNode=t.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let t={};return t.intensity=this.intensity,t.bias=this.bias,t.normalBias=this.normalBias,t.radius=this.radius,t.blurSamples=this.blurSamples,t.mapSize=this.mapSize.toArray(),t.mapType=this.mapType,t.camera=this.camera.toJSON(!1).object,delete t.camera.matrix,t}},Ko=new V,jo=new Kn,Yn=new V,Hr=class extends tn{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new Te,this.projectionMatrix=new Te,this.projectionMatrixInverse=new Te,this.coordinateSystem=Ln,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(t,e){return super.copy(t,e),this.matrixWorldInverse.copy(t.matrixWorldInverse),this.projectionMatrix.copy(t.projectionMatrix),this.projectionMatrixInverse.copy(t.projectionMatrixInverse),this.coordinateSystem=t.coordinateSystem,this}getWorldDirection(t){return super.getWorldDirection(t).negate()}updateMatrixWorld(t){super.updateMatrixWorld(t),this.matrixWorld.decompose(Ko,jo,Yn),Yn.x===1&&Yn.y===1&&Yn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Ko,jo,Yn.set(1,1,1)).invert()}updateWorldMatrix(t,e,n=!1){super.updateWorldMatrix(t,e,n),this.matrixWorld.decompose(Ko,jo,Yn),Yn.x===1&&Yn.y===1&&Yn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Ko,jo,Yn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Ri=new V,$f=new Ot,qf=new Ot,an=class extends Hr{constructor(t=50,e=1,n=.1,s=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=t,this.zoom=1,this.near=n,this.far=s,this.focus=10,this.aspect=e,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(t,e){return super.copy(t,e),this.fov=t.fov,this.zoom=t.zoom,this.near=t.near,this.far=t.far,this.focus=t.focus,this.aspect=t.aspect,this.view=t.view===null?null:Object.assign({},t.view),this.filmGauge=t.filmGauge,this.filmOffset=t.filmOffset,this}setFocalLength(t){let e=.5*this.getFilmHeight()/t;this.fov=ua*2*Math.atan(e),this.updateProjectionMatrix()}getFocalLength(){let t=Math.tan(Rc*.5*this.fov);return .5*this.getFilmHeight()/t}getEffectiveFOV(){return ua*2*Math.atan(Math.tan(Rc*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(t,e,n){Ri.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),e.set(Ri.x,Ri.y).multiplyScalar(-t/Ri.z),Ri.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(Ri.x,Ri.y).multiplyScalar(-t/Ri.z)}getViewSize(t,e){return this.getViewBounds(t,$f,qf),e.subVectors(qf,$f)}setViewOffset(t,e,n,s,r,o){this.aspect=t/e,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=t,this.view.fullHeight=e,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let t=this.near,e=t*Math.tan(Rc*.5*this.fov)/this.zoom,n=2*e,s=this.aspect*n,r=-.5*s,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;r+=o.offsetX*s/l,e-=o.offsetY*n/c,s*=o.width/l,n*=o.height/c}let a=this.filmOffset;a!==0&&(r+=t*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+s,e,e-n,t,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(t){let e=super.toJSON(t);return e.object.fov=this.fov,e.object.zoom=this.zoom,e.object.near=this.near,e.object.far=this.far,e.object.focus=this.focus,e.object.aspect=this.aspect,this.view!==null&&(e.object.view=Object.assign({},this.view)),e.object.filmGauge=this.filmGauge,e.object.filmOffset=this.filmOffset,e}};var ns=class extends Hr{constructor(t=-1,e=1,n=1,s=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=t,this.right=e,this.top=n,this.bottom=s,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(t,e){return super.copy(t,e),this.left=t.left,this.right=t.right,this.top=t.top,this.bottom=t.bottom,this.near=t.near,this.far=t.far,this.zoom=t.zoom,this.view=t.view===null?null:Object.assign({},t.view),this}setViewOffset(t,e,n,s,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=t,this.view.fullHeight=e,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let t=(this.right-this.left)/(2*this.zoom),e=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,s=(this.top+this.bottom)/2,r=n-t,o=n+t,a=s+e,l=s-e;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=c*this.view.offsetX,o=r+c*this.view.width,a-=h*this.view.offsetY,l=a-h*this.view.height}this.projectionMatrix.makeOrthographic(r,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(t){let e=super.toJSON(t);return e.object.zoom=this.zoom,e.object.left=this.left,e.object.right=this.right,e.object.top=this.top,e.object.bottom=this.bottom,e.object.near=this.near,e.object.far=this.far,this.view!==null&&(e.object.view=Object.assign({},this.view)),e}},ih=class extends Ba{constructor(){super(new ns(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},Wr=class extends Gr{constructor(t,e){super(t,e),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(tn.DEFAULT_UP),this.updateMatrix(),this.target=new tn,this.shadow=new ih}dispose(){super.dispose(),this.shadow.dispose()}copy(t){return super.copy(t),this.target=t.target.clone(),this.shadow=t.shadow.clone(),this}toJSON(t){let e=super.toJSON(t);return e.object.shadow=this.shadow.toJSON(),e.object.target=this.target.uuid,e}};var Us=-90,Ns=1,$s=class extends tn{constructor(t,e,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let s=new an(Us,Ns,t,e);s.layers=this.layers,this.add(s);let r=new an(Us,Ns,t,e);r.layers=this.layers,this.add(r);let o=new an(Us,Ns,t,e);o.layers=this.layers,this.add(o);let a=new an(Us,Ns,t,e);a.layers=this.layers,this.add(a);let l=new an(Us,Ns,t,e);l.layers=this.layers,this.add(l);let c=new an(Us,Ns,t,e);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let t=this.coordinateSystem,e=this.children.concat(),[n,s,r,o,a,l]=e;for(let c of e)this.remove(c);if(t===Ln)n.up.set(0,1,0),n.lookAt(1,0,0),s.up.set(0,1,0),s.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(t===Bs)n.up.set(0,-1,0),n.lookAt(-1,0,0),s.up.set(0,-1,0),s.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+t);for(let c of e)this.add(c),c.updateMatrixWorld()}update(t,e){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:s}=this;this.coordinateSystem!==t.coordinateSystem&&(this.coordinateSystem=t.coordinateSystem,this.updateCoordinateSystem());let[r,o,a,l,c,h]=this.children,u=t.getRenderTarget(),f=t.getActiveCubeFace(),d=t.getActiveMipmapLevel(),_=t.xr.enabled;t.xr.enabled=!1;let E=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let g=!1;t.isWebGLRenderer===!0?g=t.state.buffers.depth.getReversed():g=t.reversedDepthBuffer,t.setRenderTarget(n,0,s),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,r),t.setRenderTarget(n,1,s),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,o),t.setRenderTarget(n,2,s),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,a),t.setRenderTarget(n,3,s),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,l),t.setRenderTarget(n,4,s),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,c),n.texture.mipmapsAutoUpdate=E,t.setRenderTarget(n,5,s),g&&t.autoClear===!1&&t.clearDepth(),t.render(e,h),t.setRenderTarget(u,f,d),t.xr.enabled=_,n.texture.needsPMREMUpdate=!0}},ka=class extends an{constructor(t=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=t,this.perCameraFrustumCulled=!1}};var Fh="\\[\\]\\.:\\/",G0=new RegExp("["+Fh+"]","g"),Oh="[^"+Fh+"]",V0="[^"+Fh.replace("\\.","")+"]",H0=/((?:WC+[\/:])*)/.source.replace("WC",Oh),W0=/(WCOD+)?/.source.replace("WCOD",V0),X0=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Oh),$0=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Oh),q0=new RegExp("^"+H0+W0+X0+$0+"$"),Y0=["material","materials","bones","map"],sh=class{constructor(t,e,n){let s=n||Ae.parseTrackName(e);this._targetGroup=t,this._bindings=t.subscribe_(e,s)}getValue(t,e){this.bind();let n=this._targetGroup.nCachedObjects_,s=this._bindings[n];s!==void 0&&s.getValue(t,e)}setValue(t,e){let n=this._bindings;for(let s=this._targetGroup.nCachedObjects_,r=n.length;s!==r;++s)n[s].setValue(t,e)}bind(){let t=this._bindings;for(let e=this._targetGroup.nCachedObjects_,n=t.length;e!==n;++e)t[e].bind()}unbind(){let t=this._bindings;for(let e=this._targetGroup.nCachedObjects_,n=t.length;e!==n;++e)t[e].unbind()}},Ae=class i{constructor(t,e,n){this.path=e,this.parsedPath=n||i.parseTrackName(e),this.node=i.findNode(t,this.parsedPath.nodeName),this.rootNode=t,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(t,e,n){return t&&t.isAnimationObjectGroup?new i.Composite(t,e,n):new i(t,e,n)}static sanitizeNodeName(t){return t.replace(/\s/g,"_").replace(G0,"")}static parseTrackName(t){let e=q0.exec(t);if(e===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+t);let n={nodeName:e[2],objectName:e[3],objectIndex:e[4],propertyName:e[5],propertyIndex:e[6]},s=n.nodeName&&n.nodeName.lastIndexOf(".");if(s!==void 0&&s!==-1){let r=n.nodeName.substring(s+1);Y0.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,s),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+t);return n}static findNode(t,e){if(e===void 0||e===""||e==="."||e===-1||e===t.name||e===t.uuid)return t;if(t.skeleton){let n=t.skeleton.getBoneByName(e);if(n!==void 0)return n}if(t.children){let n=function(r){for(let o=0;o<r.length;o++){let a=r[o];if(a.name===e||a.uuid===e)return a;let l=n(a.children);if(l)return l}return null},s=n(t.children);if(s)return s}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(t,e){t[e]=this.targetObject[this.propertyName]}_getValue_array(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)t[e++]=n[s]}_getValue_arrayElement(t,e){t[e]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(t,e){this.resolvedProperty.toArray(t,e)}_setValue_direct(t,e){this.targetObject[this.propertyName]=t[e]}_setValue_direct_setNeedsUpdate(t,e){this.targetObject[this.propertyName]=t[e],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(t,e){this.targetObject[this.propertyName]=t[e],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=t[e++]}_setValue_array_setNeedsUpdate(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=t[e++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(t,e){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=t[e++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(t,e){this.resolvedProperty[this.propertyIndex]=t[e]}_setValue_arrayElement_setNeedsUpdate(t,e){this.resolvedProperty[this.propertyIndex]=t[e],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(t,e){this.resolvedProperty[this.propertyIndex]=t[e],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(t,e){this.resolvedProperty.fromArray(t,e)}_setValue_fromArray_setNeedsUpdate(t,e){this.resolvedProperty.fromArray(t,e),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(t,e){this.resolvedProperty.fromArray(t,e),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(t,e){this.bind(),this.getValue(t,e)}_setValue_unbound(t,e){this.bind(),this.setValue(t,e)}bind(){let t=this.node,e=this.parsedPath,n=e.objectName,s=e.propertyName,r=e.propertyIndex;if(t||(t=i.findNode(this.rootNode,e.nodeName),this.node=t),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!t){zt("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let c=e.objectIndex;switch(n){case"materials":if(!t.material){Ht("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!t.material.materials){Ht("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}t=t.material.materials;break;case"bones":if(!t.skeleton){Ht("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}t=t.skeleton.bones;for(let h=0;h<t.length;h++)if(t[h].name===c){c=h;break}break;case"map":if("map"in t){t=t.map;break}if(!t.material){Ht("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!t.material.map){Ht("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}t=t.material.map;break;default:if(t[n]===void 0){Ht("PropertyBinding: Can not bind to objectName of node undefined.",this);return}t=t[n]}if(c!==void 0){if(t[c]===void 0){Ht("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,t);return}t=t[c]}}let o=t[s];if(o===void 0){let c=e.nodeName;Ht("PropertyBinding: Trying to update property for track: "+c+"."+s+" but it wasn't found.",t);return}let a=this.Versioning.None;this.targetObject=t,t.isMaterial===!0?a=this.Versioning.NeedsUpdate:t.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(r!==void 0){if(s==="morphTargetInfluences"){if(!t.geometry){Ht("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!t.geometry.morphAttributes){Ht("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}t.morphTargetDictionary[r]!==void 0&&(r=t.morphTargetDictionary[r])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=s;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};Ae.Composite=sh;Ae.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};Ae.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};Ae.prototype.GetterByBindingType=[Ae.prototype._getValue_direct,Ae.prototype._getValue_array,Ae.prototype._getValue_arrayElement,Ae.prototype._getValue_toArray];Ae.prototype.SetterByBindingTypeAndVersioning=[[Ae.prototype._setValue_direct,Ae.prototype._setValue_direct_setNeedsUpdate,Ae.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[Ae.prototype._setValue_array,Ae.prototype._setValue_array_setNeedsUpdate,Ae.prototype._setValue_array_setMatrixWorldNeedsUpdate],[Ae.prototype._setValue_arrayElement,Ae.prototype._setValue_arrayElement_setNeedsUpdate,Ae.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[Ae.prototype._setValue_fromArray,Ae.prototype._setValue_fromArray_setNeedsUpdate,Ae.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var CM=new Float32Array(1);var rh=class{static{this.prototype.isMatrix2=!0}constructor(t,e,n,s){this.elements=[1,0,0,1],t!==void 0&&this.set(t,e,n,s)}identity(){return this.set(1,0,0,1),this}fromArray(t,e=0){for(let n=0;n<4;n++)this.elements[n]=t[n+e];return this}set(t,e,n,s){let r=this.elements;return r[0]=t,r[2]=e,r[1]=n,r[3]=s,this}};function Bh(i,t,e,n){let s=Z0(n);switch(e){case Eh:return i*t;case Th:return i*t/s.components*s.byteLength;case $a:return i*t/s.components*s.byteLength;case ki:return i*t*2/s.components*s.byteLength;case qa:return i*t*2/s.components*s.byteLength;case Ah:return i*t*3/s.components*s.byteLength;case Wn:return i*t*4/s.components*s.byteLength;case Ya:return i*t*4/s.components*s.byteLength;case qr:case Yr:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*8;case Zr:case Jr:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*16;case Ja:case ja:return Math.max(i,16)*Math.max(t,8)/4;case Za:case Ka:return Math.max(i,8)*Math.max(t,8)/2;case Qa:case tl:case nl:case il:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*8;case el:case Kr:case sl:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*16;case rl:return Math.floor((i+3)/4)*Math.floor((t+3)/4)*16;case ol:return Math.floor((i+4)/5)*Math.floor((t+3)/4)*16;case al:return Math.floor((i+4)/5)*Math.floor((t+4)/5)*16;case ll:return Math.floor((i+5)/6)*Math.floor((t+4)/5)*16;case cl:return Math.floor((i+5)/6)*Math.floor((t+5)/6)*16;case hl:return Math.floor((i+7)/8)*Math.floor((t+4)/5)*16;case ul:return Math.floor((i+7)/8)*Math.floor((t+5)/6)*16;case fl:return Math.floor((i+7)/8)*Math.floor((t+7)/8)*16;case dl:return Math.floor((i+9)/10)*Math.floor((t+4)/5)*16;case pl:return Math.floor((i+9)/10)*Math.floor((t+5)/6)*16;case ml:return Math.floor((i+9)/10)*Math.floor((t+7)/8)*16;case gl:return Math.floor((i+9)/10)*Math.floor((t+9)/10)*16;case _l:return Math.floor((i+11)/12)*Math.floor((t+9)/10)*16;case xl:return Math.floor((i+11)/12)*Math.floor((t+11)/12)*16;case yl:case vl:case Sl:return Math.ceil(i/4)*Math.ceil(t/4)*16;case wl:case Ml:return Math.ceil(i/4)*Math.ceil(t/4)*8;case jr:case bl:return Math.ceil(i/4)*Math.ceil(t/4)*16}throw new Error(`Unable to determine texture byte length for ${e} format.`)}function Z0(i){switch(i){case dn:case Sh:return{byteLength:1,components:1};case Js:case wh:case Hn:return{byteLength:2,components:1};case Wa:case Xa:return{byteLength:2,components:4};case Gn:case Ha:case Vn:return{byteLength:4,components:1};case Mh:case bh:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?zt("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function ip(){let i=null,t=!1,e=null,n=null;function s(r,o){n=i.requestAnimationFrame(s),e(r,o)}return{start:function(){t!==!0&&e!==null&&i!==null&&(n=i.requestAnimationFrame(s),t=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),t=!1},setAnimationLoop:function(r){e=r},setContext:function(r){i=r}}}function K0(i){let t=new WeakMap;function e(a,l){let c=a.array,h=a.usage,u=c.byteLength,f=i.createBuffer();i.bindBuffer(l,f),i.bufferData(l,c,h),a.onUploadCallback();let d;if(c instanceof Float32Array)d=i.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)d=i.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?d=i.HALF_FLOAT:d=i.UNSIGNED_SHORT;else if(c instanceof Int16Array)d=i.SHORT;else if(c instanceof Uint32Array)d=i.UNSIGNED_INT;else if(c instanceof Int32Array)d=i.INT;else if(c instanceof Int8Array)d=i.BYTE;else if(c instanceof Uint8Array)d=i.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)d=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:f,type:d,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:u}}function n(a,l,c){let h=l.array,u=l.updateRanges;if(i.bindBuffer(c,a),u.length===0)i.bufferSubData(c,0,h);else{u.sort((d,_)=>d.start-_.start);let f=0;for(let d=1;d<u.length;d++){let _=u[f],E=u[d];E.start<=_.start+_.count+1?_.count=Math.max(_.count,E.start+E.count-_.start):(++f,u[f]=E)}u.length=f+1;for(let d=0,_=u.length;d<_;d++){let E=u[d];i.bufferSubData(c,E.start*h.BYTES_PER_ELEMENT,h,E.start,E.count)}l.clearUpdateRanges()}l.onUploadCallback()}function s(a){return a.isInterleavedBufferAttribute&&(a=a.data),t.get(a)}function r(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=t.get(a);l&&(i.deleteBuffer(l.buffer),t.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let h=t.get(a);(!h||h.version<a.version)&&t.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=t.get(a);if(c===void 0)t.set(a,e(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(c.buffer,a,l),c.version=a.version}}return{get:s,remove:r,update:o}}var j0=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,Q0=`#ifdef USE_ALPHAHASH
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
#endif`,t_=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,e_=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,n_=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,i_=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,s_=`#ifdef USE_AOMAP
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
#endif`,r_=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,o_=`#ifdef USE_BATCHING
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
#endif`,a_=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,l_=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,c_=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,h_=`float G_BlinnPhong_Implicit( ) {
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
} // validated`,u_=`#ifdef USE_IRIDESCENCE
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
#endif`,f_=`#ifdef USE_BUMPMAP
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
#endif`,d_=`#if NUM_CLIPPING_PLANES > 0
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
#endif`,p_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,m_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,g_=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,__=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,x_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,y_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,v_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
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
#endif`,S_=`#define PI 3.141592653589793
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
} // validated`,w_=`vec3 transformedNormal = objectNormal;
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
#endif`,M_=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,b_=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,E_=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,A_=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,T_="gl_FragColor = linearToOutputTexel( gl_FragColor );",R_=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,C_=`#ifdef USE_ENVMAP
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
#endif`,I_=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,P_=`#ifdef USE_ENVMAP
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
#endif`,L_=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,D_=`#ifdef USE_ENVMAP
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
#endif`,U_=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,N_=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,F_=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,O_=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,B_=`#ifdef USE_GRADIENTMAP
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
}`,k_=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,z_=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,G_=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,V_=`uniform bool receiveShadow;
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
#include <lightprobes_pars_fragment>`,H_=`#ifdef USE_ENVMAP
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
#endif`,W_=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,X_=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,$_=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,q_=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,Y_=`PhysicalMaterial material;
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
#endif`,Z_=`uniform sampler2D dfgLUT;
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
}`,J_=`
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
#endif`,K_=`#if defined( RE_IndirectDiffuse )
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
#endif`,j_=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,Q_=`#if NUM_LIGHT_PROBE_GRIDS > 0
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
#endif`,tx=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,ex=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,nx=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,ix=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,sx=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,rx=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,ox=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
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
#endif`,ax=`#if defined( USE_POINTS_UV )
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
#endif`,lx=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,cx=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,hx=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,ux=`#if defined( USE_MORPHCOLORS )
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
#endif`,fx=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,dx=`#ifdef USE_MORPHTARGETS
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
#endif`,px=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,mx=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
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
vec3 nonPerturbedNormal = normal;`,gx=`#ifdef USE_NORMALMAP_OBJECTSPACE
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
#endif`,_x=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,xx=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,yx=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,vx=`#ifdef USE_NORMALMAP
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
#endif`,Sx=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,wx=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,Mx=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,bx=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Ex=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Ax=`vec3 packNormalToRGB( const in vec3 normal ) {
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
}`,Tx=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,Rx=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,Cx=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,Ix=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,Px=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,Lx=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,Dx=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,Ux=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,Nx=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
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
#endif`,Fx=`float getShadowMask() {
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
}`,Ox=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,Bx=`#ifdef USE_SKINNING
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
#endif`,kx=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,zx=`#ifdef USE_SKINNING
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
#endif`,Gx=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,Vx=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,Hx=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,Wx=`#ifndef saturate
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
vec3 CustomToneMapping( vec3 color ) { return color; }`,Xx=`#ifdef USE_TRANSMISSION
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
#endif`,$x=`#ifdef USE_TRANSMISSION
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
#endif`,qx=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Yx=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Zx=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Jx=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,Kx=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,jx=`uniform sampler2D t2D;
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
}`,Qx=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,ty=`uniform float backgroundBlurriness;
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
}`,ey=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,ny=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,iy=`#include <common>
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
}`,sy=`#if DEPTH_PACKING == 3200
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
}`,ry=`#define DISTANCE
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
}`,oy=`#define DISTANCE
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
}`,ay=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,ly=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,cy=`uniform float scale;
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
}`,hy=`uniform vec3 diffuse;
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
}`,uy=`#include <common>
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
}`,fy=`uniform vec3 diffuse;
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
}`,dy=`#define LAMBERT
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
}`,py=`#define LAMBERT
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
}`,my=`#define MATCAP
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
}`,gy=`#define MATCAP
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
}`,_y=`#define NORMAL
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
}`,xy=`#define NORMAL
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
}`,yy=`#define PHONG
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
}`,vy=`#define PHONG
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
}`,Sy=`#define STANDARD
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
}`,wy=`#define STANDARD
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
}`,My=`#define TOON
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
}`,by=`#define TOON
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
}`,Ey=`uniform float size;
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
}`,Ay=`uniform vec3 diffuse;
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
}`,Ty=`#include <common>
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
}`,Ry=`uniform vec3 color;
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
}`,Cy=`uniform float rotation;
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
}`,Iy=`uniform vec3 diffuse;
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
}`,te={alphahash_fragment:j0,alphahash_pars_fragment:Q0,alphamap_fragment:t_,alphamap_pars_fragment:e_,alphatest_fragment:n_,alphatest_pars_fragment:i_,aomap_fragment:s_,aomap_pars_fragment:r_,batching_pars_vertex:o_,batching_vertex:a_,begin_vertex:l_,beginnormal_vertex:c_,bsdfs:h_,iridescence_fragment:u_,bumpmap_pars_fragment:f_,clipping_planes_fragment:d_,clipping_planes_pars_fragment:p_,clipping_planes_pars_vertex:m_,clipping_planes_vertex:g_,color_fragment:__,color_pars_fragment:x_,color_pars_vertex:y_,color_vertex:v_,common:S_,defaultnormal_vertex:w_,displacementmap_pars_vertex:M_,displacementmap_vertex:b_,emissivemap_fragment:E_,emissivemap_pars_fragment:A_,colorspace_fragment:T_,colorspace_pars_fragment:R_,envmap_fragment:C_,envmap_common_pars_fragment:I_,envmap_pars_fragment:P_,envmap_pars_vertex:L_,envmap_physical_pars_fragment:H_,envmap_vertex:D_,fog_vertex:U_,fog_pars_vertex:N_,fog_fragment:F_,fog_pars_fragment:O_,gradientmap_pars_fragment:B_,lightmap_pars_fragment:k_,lights_lambert_fragment:z_,lights_lambert_pars_fragment:G_,lights_pars_begin:V_,lights_toon_fragment:W_,lights_toon_pars_fragment:X_,lights_phong_fragment:$_,lights_phong_pars_fragment:q_,lights_physical_fragment:Y_,lights_physical_pars_fragment:Z_,lights_fragment_begin:J_,lights_fragment_maps:K_,lights_fragment_end:j_,lightprobes_pars_fragment:Q_,logdepthbuf_fragment:tx,logdepthbuf_pars_fragment:ex,logdepthbuf_pars_vertex:nx,logdepthbuf_vertex:ix,map_fragment:sx,map_pars_fragment:rx,map_particle_fragment:ox,map_particle_pars_fragment:ax,metalnessmap_fragment:lx,metalnessmap_pars_fragment:cx,morphinstance_vertex:hx,morphcolor_vertex:ux,morphnormal_vertex:fx,morphtarget_pars_vertex:dx,morphtarget_vertex:px,normal_fragment_begin:mx,normal_fragment_maps:gx,normal_pars_fragment:_x,normal_pars_vertex:xx,normal_vertex:yx,normalmap_pars_fragment:vx,clearcoat_normal_fragment_begin:Sx,clearcoat_normal_fragment_maps:wx,clearcoat_pars_fragment:Mx,iridescence_pars_fragment:bx,opaque_fragment:Ex,packing:Ax,premultiplied_alpha_fragment:Tx,project_vertex:Rx,dithering_fragment:Cx,dithering_pars_fragment:Ix,roughnessmap_fragment:Px,roughnessmap_pars_fragment:Lx,shadowmap_pars_fragment:Dx,shadowmap_pars_vertex:Ux,shadowmap_vertex:Nx,shadowmask_pars_fragment:Fx,skinbase_vertex:Ox,skinning_pars_vertex:Bx,skinning_vertex:kx,skinnormal_vertex:zx,specularmap_fragment:Gx,specularmap_pars_fragment:Vx,tonemapping_fragment:Hx,tonemapping_pars_fragment:Wx,transmission_fragment:Xx,transmission_pars_fragment:$x,uv_pars_fragment:qx,uv_pars_vertex:Yx,uv_vertex:Zx,worldpos_vertex:Jx,background_vert:Kx,background_frag:jx,backgroundCube_vert:Qx,backgroundCube_frag:ty,cube_vert:ey,cube_frag:ny,depth_vert:iy,depth_frag:sy,distance_vert:ry,distance_frag:oy,equirect_vert:ay,equirect_frag:ly,linedashed_vert:cy,linedashed_frag:hy,meshbasic_vert:uy,meshbasic_frag:fy,meshlambert_vert:dy,meshlambert_frag:py,meshmatcap_vert:my,meshmatcap_frag:gy,meshnormal_vert:_y,meshnormal_frag:xy,meshphong_vert:yy,meshphong_frag:vy,meshphysical_vert:Sy,meshphysical_frag:wy,meshtoon_vert:My,meshtoon_frag:by,points_vert:Ey,points_frag:Ay,shadow_vert:Ty,shadow_frag:Ry,sprite_vert:Cy,sprite_frag:Iy},Et={common:{diffuse:{value:new Jt(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Xt},alphaMap:{value:null},alphaMapTransform:{value:new Xt},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Xt}},envmap:{envMap:{value:null},envMapRotation:{value:new Xt},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Xt}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Xt}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Xt},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Xt},normalScale:{value:new Ot(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Xt},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Xt}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Xt}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Xt}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Jt(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Jt(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Xt},alphaTest:{value:0},uvTransform:{value:new Xt}},sprite:{diffuse:{value:new Jt(16777215)},opacity:{value:1},center:{value:new Ot(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Xt},alphaMap:{value:null},alphaMapTransform:{value:new Xt},alphaTest:{value:0}}},ni={basic:{uniforms:en([Et.common,Et.specularmap,Et.envmap,Et.aomap,Et.lightmap,Et.fog]),vertexShader:te.meshbasic_vert,fragmentShader:te.meshbasic_frag},lambert:{uniforms:en([Et.common,Et.specularmap,Et.envmap,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)},envMapIntensity:{value:1}}]),vertexShader:te.meshlambert_vert,fragmentShader:te.meshlambert_frag},phong:{uniforms:en([Et.common,Et.specularmap,Et.envmap,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)},specular:{value:new Jt(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:te.meshphong_vert,fragmentShader:te.meshphong_frag},standard:{uniforms:en([Et.common,Et.envmap,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.roughnessmap,Et.metalnessmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:te.meshphysical_vert,fragmentShader:te.meshphysical_frag},toon:{uniforms:en([Et.common,Et.aomap,Et.lightmap,Et.emissivemap,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.gradientmap,Et.fog,Et.lights,{emissive:{value:new Jt(0)}}]),vertexShader:te.meshtoon_vert,fragmentShader:te.meshtoon_frag},matcap:{uniforms:en([Et.common,Et.bumpmap,Et.normalmap,Et.displacementmap,Et.fog,{matcap:{value:null}}]),vertexShader:te.meshmatcap_vert,fragmentShader:te.meshmatcap_frag},points:{uniforms:en([Et.points,Et.fog]),vertexShader:te.points_vert,fragmentShader:te.points_frag},dashed:{uniforms:en([Et.common,Et.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:te.linedashed_vert,fragmentShader:te.linedashed_frag},depth:{uniforms:en([Et.common,Et.displacementmap]),vertexShader:te.depth_vert,fragmentShader:te.depth_frag},normal:{uniforms:en([Et.common,Et.bumpmap,Et.normalmap,Et.displacementmap,{opacity:{value:1}}]),vertexShader:te.meshnormal_vert,fragmentShader:te.meshnormal_frag},sprite:{uniforms:en([Et.sprite,Et.fog]),vertexShader:te.sprite_vert,fragmentShader:te.sprite_frag},background:{uniforms:{uvTransform:{value:new Xt},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:te.background_vert,fragmentShader:te.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Xt}},vertexShader:te.backgroundCube_vert,fragmentShader:te.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:te.cube_vert,fragmentShader:te.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:te.equirect_vert,fragmentShader:te.equirect_frag},distance:{uniforms:en([Et.common,Et.displacementmap,{referencePosition:{value:new V},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:te.distance_vert,fragmentShader:te.distance_frag},shadow:{uniforms:en([Et.lights,Et.fog,{color:{value:new Jt(0)},opacity:{value:1}}]),vertexShader:te.shadow_vert,fragmentShader:te.shadow_frag}};ni.physical={uniforms:en([ni.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Xt},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Xt},clearcoatNormalScale:{value:new Ot(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Xt},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Xt},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Xt},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Xt},sheen:{value:0},sheenColor:{value:new Jt(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Xt},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Xt},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Xt},transmissionSamplerSize:{value:new Ot},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Xt},attenuationDistance:{value:0},attenuationColor:{value:new Jt(0)},specularColor:{value:new Jt(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Xt},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Xt},anisotropyVector:{value:new Ot},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Xt}}]),vertexShader:te.meshphysical_vert,fragmentShader:te.meshphysical_frag};var Al={r:0,b:0,g:0},Py=new Te,sp=new Xt;sp.set(-1,0,0,0,1,0,0,0,1);function Ly(i,t,e,n,s,r){let o=new Jt(0),a=s===!0?0:1,l,c,h=null,u=0,f=null;function d(b){let A=b.isScene===!0?b.background:null;if(A&&A.isTexture){let M=b.backgroundBlurriness>0;A=t.get(A,M)}return A}function _(b){let A=!1,M=d(b);M===null?g(o,a):M&&M.isColor&&(g(M,1),A=!0);let R=i.xr.getEnvironmentBlendMode();R==="additive"?e.buffers.color.setClear(0,0,0,1,r):R==="alpha-blend"&&e.buffers.color.setClear(0,0,0,0,r),(i.autoClear||A)&&(e.buffers.depth.setTest(!0),e.buffers.depth.setMask(!0),e.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function E(b,A){let M=d(A);M&&M.isCubeTexture?(c===void 0&&(c=new hn(new Di(1,1,1),new jn({name:"BackgroundCubeMaterial",uniforms:as(ni.backgroundCube.uniforms),vertexShader:ni.backgroundCube.vertexShader,fragmentShader:ni.backgroundCube.fragmentShader,side:un,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(R,y,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(c)),c.material.uniforms.envMap.value=M,c.material.uniforms.backgroundBlurriness.value=A.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(Py.makeRotationFromEuler(A.backgroundRotation)).transpose(),M.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(sp),c.material.toneMapped=ae.getTransfer(M.colorSpace)!==me,(h!==M||u!==M.version||f!==i.toneMapping)&&(c.material.needsUpdate=!0,h=M,u=M.version,f=i.toneMapping),c.layers.enableAll(),b.unshift(c,c.geometry,c.material,0,0,null)):M&&M.isTexture&&(l===void 0&&(l=new hn(new Ui(2,2),new jn({name:"BackgroundMaterial",uniforms:as(ni.background.uniforms),vertexShader:ni.background.vertexShader,fragmentShader:ni.background.fragmentShader,side:Bi,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(l)),l.material.uniforms.t2D.value=M,l.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,l.material.toneMapped=ae.getTransfer(M.colorSpace)!==me,M.matrixAutoUpdate===!0&&M.updateMatrix(),l.material.uniforms.uvTransform.value.copy(M.matrix),(h!==M||u!==M.version||f!==i.toneMapping)&&(l.material.needsUpdate=!0,h=M,u=M.version,f=i.toneMapping),l.layers.enableAll(),b.unshift(l,l.geometry,l.material,0,0,null))}function g(b,A){b.getRGB(Al,Nh(i)),e.buffers.color.setClear(Al.r,Al.g,Al.b,A,r)}function p(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(b,A=1){o.set(b),a=A,g(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(b){a=b,g(o,a)},render:_,addToRenderList:E,dispose:p}}function Dy(i,t){let e=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},s=f(null),r=s,o=!1;function a(z,N,$,D,G){let Y=!1,J=u(z,D,$,N);r!==J&&(r=J,c(r.object)),Y=d(z,D,$,G),Y&&_(z,D,$,G),G!==null&&t.update(G,i.ELEMENT_ARRAY_BUFFER),(Y||o)&&(o=!1,M(z,N,$,D),G!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,t.get(G).buffer))}function l(){return i.createVertexArray()}function c(z){return i.bindVertexArray(z)}function h(z){return i.deleteVertexArray(z)}function u(z,N,$,D){let G=D.wireframe===!0,Y=n[N.id];Y===void 0&&(Y={},n[N.id]=Y);let J=z.isInstancedMesh===!0?z.id:0,ot=Y[J];ot===void 0&&(ot={},Y[J]=ot);let K=ot[$.id];K===void 0&&(K={},ot[$.id]=K);let Q=K[G];return Q===void 0&&(Q=f(l()),K[G]=Q),Q}function f(z){let N=[],$=[],D=[];for(let G=0;G<e;G++)N[G]=0,$[G]=0,D[G]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:N,enabledAttributes:$,attributeDivisors:D,object:z,attributes:{},index:null}}function d(z,N,$,D){let G=r.attributes,Y=N.attributes,J=0,ot=$.getAttributes();for(let K in ot)if(ot[K].location>=0){let st=G[K],At=Y[K];if(At===void 0&&(K==="instanceMatrix"&&z.instanceMatrix&&(At=z.instanceMatrix),K==="instanceColor"&&z.instanceColor&&(At=z.instanceColor)),st===void 0||st.attribute!==At||At&&st.data!==At.data)return!0;J++}return r.attributesNum!==J||r.index!==D}function _(z,N,$,D){let G={},Y=N.attributes,J=0,ot=$.getAttributes();for(let K in ot)if(ot[K].location>=0){let st=Y[K];st===void 0&&(K==="instanceMatrix"&&z.instanceMatrix&&(st=z.instanceMatrix),K==="instanceColor"&&z.instanceColor&&(st=z.instanceColor));let At={};At.attribute=st,st&&st.data&&(At.data=st.data),G[K]=At,J++}r.attributes=G,r.attributesNum=J,r.index=D}function E(){let z=r.newAttributes;for(let N=0,$=z.length;N<$;N++)z[N]=0}function g(z){p(z,0)}function p(z,N){let $=r.newAttributes,D=r.enabledAttributes,G=r.attributeDivisors;$[z]=1,D[z]===0&&(i.enableVertexAttribArray(z),D[z]=1),G[z]!==N&&(i.vertexAttribDivisor(z,N),G[z]=N)}function b(){let z=r.newAttributes,N=r.enabledAttributes;for(let $=0,D=N.length;$<D;$++)N[$]!==z[$]&&(i.disableVertexAttribArray($),N[$]=0)}function A(z,N,$,D,G,Y,J){J===!0?i.vertexAttribIPointer(z,N,$,G,Y):i.vertexAttribPointer(z,N,$,D,G,Y)}function M(z,N,$,D){E();let G=D.attributes,Y=$.getAttributes(),J=N.defaultAttributeValues;for(let ot in Y){let K=Y[ot];if(K.location>=0){let Q=G[ot];if(Q===void 0&&(ot==="instanceMatrix"&&z.instanceMatrix&&(Q=z.instanceMatrix),ot==="instanceColor"&&z.instanceColor&&(Q=z.instanceColor)),Q!==void 0){let st=Q.normalized,At=Q.itemSize,Bt=t.get(Q);if(Bt===void 0)continue;let tt=Bt.buffer,St=Bt.type,Mt=Bt.bytesPerElement,Ct=St===i.INT||St===i.UNSIGNED_INT||Q.gpuType===Ha;if(Q.isInterleavedBufferAttribute){let gt=Q.data,It=gt.isInterleavedBuffer===!0?gt.stride:gt.itemSize,Gt=Q.offset;if(gt.isInstancedInterleavedBuffer||gt.isInstancedBufferAttribute){for(let dt=0;dt<K.locationSize;dt++)p(K.location+dt,gt.meshPerAttribute);z.isInstancedMesh!==!0&&D._maxInstanceCount===void 0&&(D._maxInstanceCount=gt.meshPerAttribute*gt.count)}else for(let dt=0;dt<K.locationSize;dt++)g(K.location+dt);i.bindBuffer(i.ARRAY_BUFFER,tt);for(let dt=0;dt<K.locationSize;dt++)A(K.location+dt,At/K.locationSize,St,st,It*Mt,(Gt+At/K.locationSize*dt)*Mt,Ct)}else{if(Q.isInstancedBufferAttribute){for(let gt=0;gt<K.locationSize;gt++)p(K.location+gt,Q.meshPerAttribute);z.isInstancedMesh!==!0&&D._maxInstanceCount===void 0&&(D._maxInstanceCount=Q.meshPerAttribute*Q.count)}else for(let gt=0;gt<K.locationSize;gt++)g(K.location+gt);i.bindBuffer(i.ARRAY_BUFFER,tt);for(let gt=0;gt<K.locationSize;gt++)A(K.location+gt,At/K.locationSize,St,st,At*Mt,At/K.locationSize*gt*Mt,Ct)}}else if(J!==void 0){let st=J[ot];if(st!==void 0)switch(st.length){case 2:i.vertexAttrib2fv(K.location,st);break;case 3:i.vertexAttrib3fv(K.location,st);break;case 4:i.vertexAttrib4fv(K.location,st);break;default:i.vertexAttrib1fv(K.location,st)}}}}b()}function R(){B();for(let z in n){let N=n[z];for(let $ in N){let D=N[$];for(let G in D){let Y=D[G];for(let J in Y)h(Y[J].object),delete Y[J];delete D[G]}}delete n[z]}}function y(z){if(n[z.id]===void 0)return;let N=n[z.id];for(let $ in N){let D=N[$];for(let G in D){let Y=D[G];for(let J in Y)h(Y[J].object),delete Y[J];delete D[G]}}delete n[z.id]}function x(z){for(let N in n){let $=n[N];for(let D in $){let G=$[D];if(G[z.id]===void 0)continue;let Y=G[z.id];for(let J in Y)h(Y[J].object),delete Y[J];delete G[z.id]}}}function T(z){for(let N in n){let $=n[N],D=z.isInstancedMesh===!0?z.id:0,G=$[D];if(G!==void 0){for(let Y in G){let J=G[Y];for(let ot in J)h(J[ot].object),delete J[ot];delete G[Y]}delete $[D],Object.keys($).length===0&&delete n[N]}}}function B(){U(),o=!0,r!==s&&(r=s,c(r.object))}function U(){s.geometry=null,s.program=null,s.wireframe=!1}return{setup:a,reset:B,resetDefaultState:U,dispose:R,releaseStatesOfGeometry:y,releaseStatesOfObject:T,releaseStatesOfProgram:x,initAttributes:E,enableAttribute:g,disableUnusedAttributes:b}}function Uy(i,t,e){let n;function s(l){n=l}function r(l,c){i.drawArrays(n,l,c),e.update(c,n,1)}function o(l,c,h){h!==0&&(i.drawArraysInstanced(n,l,c,h),e.update(c,n,h))}function a(l,c,h){if(h===0)return;t.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,l,0,c,0,h);let f=0;for(let d=0;d<h;d++)f+=c[d];e.update(f,n,1)}this.setMode=s,this.render=r,this.renderInstances=o,this.renderMultiDraw=a}function Ny(i,t,e,n){let s;function r(){if(s!==void 0)return s;if(t.has("EXT_texture_filter_anisotropic")===!0){let x=t.get("EXT_texture_filter_anisotropic");s=i.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else s=0;return s}function o(x){return!(x!==Wn&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(x){let T=x===Hn&&(t.has("EXT_color_buffer_half_float")||t.has("EXT_color_buffer_float"));return!(x!==dn&&x!==Vn&&!T&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function l(x){if(x==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=e.precision!==void 0?e.precision:"highp",h=l(c);h!==c&&(zt("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let u=e.reversedDepthBuffer===!0&&t.has("EXT_clip_control"),f=e.logarithmicDepthBuffer===!0&&u===!1;e.reversedDepthBuffer===!0&&u===!1&&zt("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),e.logarithmicDepthBuffer===!0&&u===!0&&zt("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let d=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),_=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),E=i.getParameter(i.MAX_TEXTURE_SIZE),g=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),p=i.getParameter(i.MAX_VERTEX_ATTRIBS),b=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),A=i.getParameter(i.MAX_VARYING_VECTORS),M=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),R=i.getParameter(i.MAX_SAMPLES),y=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:f,reversedDepthBuffer:u,maxTextures:d,maxVertexTextures:_,maxTextureSize:E,maxCubemapSize:g,maxAttributes:p,maxVertexUniforms:b,maxVaryings:A,maxFragmentUniforms:M,maxSamples:R,samples:y}}function Fy(i){let t=this,e=null,n=0,s=!1,r=!1,o=new zn,a=new Xt,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(u,f){let d=u.length!==0||f||n!==0||s;return s=f,n=u.length,d},this.beginShadows=function(){r=!0,h(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(u,f){e=h(u,f,0)},this.setState=function(u,f,d){let _=u.clippingPlanes,E=u.clipIntersection,g=u.clipShadows,p=i.get(u);if(!s||_===null||_.length===0||r&&!g)r?h(null):c();else{let b=r?0:n,A=b*4,M=p.clippingState||null;l.value=M,M=h(_,f,A,d);for(let R=0;R!==A;++R)M[R]=e[R];p.clippingState=M,this.numIntersection=E?this.numPlanes:0,this.numPlanes+=b}};function c(){l.value!==e&&(l.value=e,l.needsUpdate=n>0),t.numPlanes=n,t.numIntersection=0}function h(u,f,d,_){let E=u!==null?u.length:0,g=null;if(E!==0){if(g=l.value,_!==!0||g===null){let p=d+E*4,b=f.matrixWorldInverse;a.getNormalMatrix(b),(g===null||g.length<p)&&(g=new Float32Array(p));for(let A=0,M=d;A!==E;++A,M+=4)o.copy(u[A]).applyMatrix4(b,a),o.normal.toArray(g,M),g[M+3]=o.constant}l.value=g,l.needsUpdate=!0}return t.numPlanes=E,t.numIntersection=0,g}}var no=class extends wn{constructor(t=1,e={}){super(t,t,e),this.isWebGLCubeRenderTarget=!0;let n={width:t,height:t,depth:1},s=[n,n,n,n,n,n];this.texture=new Dr(s),this._setTextureOptions(e),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(t,e){this.texture.type=e.type,this.texture.colorSpace=e.colorSpace,this.texture.generateMipmaps=e.generateMipmaps,this.texture.minFilter=e.minFilter,this.texture.magFilter=e.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

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
			`},s=new Di(5,5,5),r=new jn({name:"CubemapFromEquirect",uniforms:as(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:un,blending:is});r.uniforms.tEquirect.value=e;let o=new hn(s,r),a=e.minFilter;return e.minFilter===xi&&(e.minFilter=ln),new $s(1,10,this).update(t,o),e.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(t,e=!0,n=!0,s=!0){let r=t.getRenderTarget();for(let o=0;o<6;o++)t.setRenderTarget(this,o),t.clear(e,n,s);t.setRenderTarget(r)}},Fd=256,Oy=3,By=20,rp=256,op=16,ky=3,zy=new V,Gy=new Jt,Rl=class i{constructor(t){this._renderer=t,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new $s(1,10,null),this._boxMesh=new hn(new Di(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(t,e=0,n=.1,s=100,r={}){let{size:o=256,position:a=zy}=r,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),h=this._getSourceTarget(!0);e>0&&(h.texture.mipmapsAutoUpdate=!1);let u=l.autoClear,f=l.autoClearColor,d=l.autoClearDepth,_=l.autoClearStencil,E=t.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,E===null&&(t.background=l.getClearColor(Gy));let g=new $s(n,s,h);return g.position.copy(a),g.update(l,t),l.autoClear=u,l.autoClearColor=f,l.autoClearDepth=d,l.autoClearStencil=_,t.background=E,e>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,e)),this._applyPMREM(c),c}fromEquirectangular(t,e=null){return this._fromTexture(t,e)}fromCubemap(t,e=null){return this._fromTexture(t,e)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=kd(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Bd(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(t,e){return e>0?1-Math.sqrt(1-t/e):0}_setSize(t){this._cubeSize=Math.max(Fd,Pd(t))}_fromTexture(t,e){t.mapping===rs||t.mapping===Zs?this._setSize(t.image.length===0?Fd:t.image[0].width||t.image[0].image.width):this._setSize(t.image.width/4);let n=e||this._allocateTarget();return this._textureToCubemap(t),this._applyPMREM(n),n}_allocateTarget(){let t=this._cubeSize,e=Od(t,!1,!1),n=Math.log2(t)-Oy;for(let s=0;s<=n;s++)e.texture.mipmaps.push({width:t>>s,height:t>>s});return e.texture.name="PMREM",e.texture.isPMREMTexture=!0,e}_getSourceTarget(t=!1){let e=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==e||t&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Od(e,!0,t)),this._sourceTarget}_compileMaterial(t){this._boxMesh.material=t,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(t,e,n){let s=this._boxMesh,r=this._cubeCamera;s.material=n,r.renderTarget=t,r.activeMipmapLevel=e;let o=t.width>>e;t.viewport.set(0,0,o,o),r.update(this._renderer,s),t.viewport.set(0,0,t.width,t.height)}_textureToCubemap(t){let e;t.mapping===rs||t.mapping===Zs?(this._cubemapMaterial===null&&(this._cubemapMaterial=kd()),e=this._cubemapMaterial,e.uniforms.flipEnvMap.value=t.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Bd()),e=this._equirectMaterial),e.uniforms.envMap.value=t,this._renderCube(this._getSourceTarget(),0,e)}_applyPMREM(t){this._ggxMaterial===null&&(this._ggxMaterial=Vy(),this._integrationMaterial=Hy());let e=this._cubeSize,n=t.texture.mipmaps.length-1,s=this._ggxMaterial.uniforms;s.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(e/op);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-ky)r.roughness.value=a,this._renderCube(t,o,this._integrationMaterial);else{let l=a>0?Math.log2(e)+.5*Math.log2(6/(rp*Math.pow(a,4)))+.5:0;s.roughness.value=a,s.lodBias.value=l,this._renderCube(t,o,this._ggxMaterial)}}}_blur(t,e){this._blurMaterial===null&&(this._blurMaterial=Wy());let n=this._blurMaterial,s=n.uniforms,r=this._sourceTarget;s.sigma.value=Math.min(e,Math.PI)/Math.SQRT2,s.envMap.value=r.texture,this._renderCube(t,0,n),s.envMap.value=t.texture,this._renderCube(r,0,n)}};function Od(i,t,e){return new no(i,{minFilter:xi,generateMipmaps:t,type:Hn,colorSpace:Ar,depthBuffer:e})}function io(i,t,e){return new jn({name:i,uniforms:t,vertexShader:te.cube_vert,fragmentShader:e,side:un,blending:is,depthTest:!1,depthWrite:!1})}function Vy(){return io("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${rp}u

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
	`)}function Hy(){return io("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:op}},`

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
	`)}function Wy(){return io("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${By}
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
	`)}function Bd(){return io("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

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
	`)}function kd(){return io("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function Xy(i){let t=new WeakMap,e=new WeakMap,n=null;function s(f,d=!1){return f==null?null:d?o(f):r(f)}function r(f){if(f&&f.isTexture){let d=f.mapping;if(d===za||d===Ga)if(t.has(f)){let _=t.get(f).texture;return a(_,f.mapping)}else{let _=f.image;if(_&&_.height>0){let E=new no(_.height);return E.fromEquirectangularTexture(i,f),t.set(f,E),f.addEventListener("dispose",c),a(E.texture,f.mapping)}else return null}}return f}function o(f){if(f&&f.isTexture&&f.isPMREMTexture!==!0){let d=f.mapping,_=d===za||d===Ga,E=d===rs||d===Zs;if(_||E){let g=e.get(f),p=g!==void 0?g.texture.pmremVersion:0;if(f.isRenderTargetTexture&&f.pmremVersion!==p)return n===null&&(n=new Rl(i)),g=_?n.fromEquirectangular(f,g):n.fromCubemap(f,g),g.texture.pmremVersion=f.pmremVersion,e.set(f,g),g.texture;if(g!==void 0)return g.texture;{let b=f.image;return _&&b&&b.height>0||E&&b&&l(b)?(n===null&&(n=new Rl(i)),g=_?n.fromEquirectangular(f):n.fromCubemap(f),g.texture.pmremVersion=f.pmremVersion,e.set(f,g),f.addEventListener("dispose",h),g.texture):null}}}return f}function a(f,d){return d===za?f.mapping=rs:d===Ga&&(f.mapping=Zs),f}function l(f){let d=0,_=6;for(let E=0;E<_;E++)f[E]!==void 0&&d++;return d===_}function c(f){let d=f.target;d.removeEventListener("dispose",c);let _=t.get(d);_!==void 0&&(t.delete(d),_.dispose())}function h(f){let d=f.target;d.removeEventListener("dispose",h);let _=e.get(d);_!==void 0&&(e.delete(d),_.dispose())}function u(){t=new WeakMap,e=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:s,dispose:u}}function $y(i){let t={};function e(n){if(t[n]!==void 0)return t[n];let s=i.getExtension(n);return t[n]=s,s}return{has:function(n){return e(n)!==null},init:function(){e("EXT_color_buffer_float"),e("WEBGL_clip_cull_distance"),e("OES_texture_float_linear"),e("EXT_color_buffer_half_float"),e("WEBGL_multisampled_render_to_texture"),e("WEBGL_render_shared_exponent")},get:function(n){let s=e(n);return s===null&&wr("WebGLRenderer: "+n+" extension not supported."),s}}}function qy(i,t,e,n){let s={},r=new WeakMap,o=new FinalizationRegistry(_=>delete s[_]);function a(_){l(_.target)}function l(_){_.index!==null&&t.remove(_.index);for(let g in _.attributes)t.remove(_.attributes[g]);_.removeEventListener("dispose",a),delete s[_.id],o.unregister(_);let E=r.get(_);E&&(t.remove(E),r.delete(_)),n.releaseStatesOfGeometry(_),_.isInstancedBufferGeometry===!0&&delete _._maxInstanceCount,e.memory.geometries--}function c(_,E){return s[E.id]!==void 0||(E.addEventListener("dispose",a),s[E.id]=new WeakRef(E),o.register(E,E.id,E),e.memory.geometries++),E}function h(_){let E=_.attributes;for(let g in E)t.update(E[g],i.ARRAY_BUFFER)}function u(_){let E=_.index,g=_.attributes.position,p=0;if(g===void 0)return;let b=E!==null?E.array.length:g.array.length/3-1,A=g.count>=65535?Lr:Pr,M=new A(Math.ceil(b/3)*6,1),R=M.array;if(E!==null){let x=E.array;p=E.version;for(let T=0,B=0;T<b;T+=3){let U=x[T+0],z=x[T+1],N=x[T+2];R[B++]=U,R[B++]=z,R[B++]=z,R[B++]=N,R[B++]=N,R[B++]=U}}else{p=g.version;for(let x=0,T=0;x<b;x+=3){let B=x+0,U=x+1,z=x+2;R[T++]=B,R[T++]=U,R[T++]=U,R[T++]=z,R[T++]=z,R[T++]=B}}M.version=p;let y=r.get(_);y&&t.remove(y),r.set(_,M)}function f(_){let E=r.get(_);if(E){let g=_.index;g!==null&&E.version<g.version&&u(_)}else u(_);return r.get(_)}function d(){for(let _ in s){let E=s[_].deref();E!==void 0&&l(E)}}return{get:c,update:h,getWireframeAttribute:f,dispose:d}}function Yy(i,t,e){let n;function s(u){n=u}let r,o;function a(u){r=u.type,o=u.bytesPerElement}function l(u,f){i.drawElements(n,f,r,u*o),e.update(f,n,1)}function c(u,f,d){d!==0&&(i.drawElementsInstanced(n,f,r,u*o,d),e.update(f,n,d))}function h(u,f,d){if(d===0)return;t.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,f,0,r,u,0,d);let E=0;for(let g=0;g<d;g++)E+=f[g];e.update(E,n,1)}this.setMode=s,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function Zy(i){let t={geometries:0,textures:0},e={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,o,a){switch(e.calls++,o){case i.TRIANGLES:e.triangles+=a*(r/3);break;case i.LINES:e.lines+=a*(r/2);break;case i.LINE_STRIP:e.lines+=a*(r-1);break;case i.LINE_LOOP:e.lines+=a*r;break;case i.POINTS:e.points+=a*r;break;default:Ht("WebGLInfo: Unknown draw mode:",o);break}}function s(){e.calls=0,e.triangles=0,e.points=0,e.lines=0}return{memory:t,render:e,programs:null,autoReset:!0,reset:s,update:n}}function Jy(i,t,e){let n=new WeakMap,s=new Ce;function r(o,a,l){let c=o.morphTargetInfluences,h=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,u=h!==void 0?h.length:0,f=n.get(a);if(f===void 0||f.count!==u){let B=function(){x.dispose(),n.delete(a),a.removeEventListener("dispose",B)};f!==void 0&&f.texture.dispose();let d=a.morphAttributes.position!==void 0,_=a.morphAttributes.normal!==void 0,E=a.morphAttributes.color!==void 0,g=a.morphAttributes.position||[],p=a.morphAttributes.normal||[],b=a.morphAttributes.color||[],A=0;d===!0&&(A=1),_===!0&&(A=2),E===!0&&(A=3);let M=a.attributes.position.count*A,R=1;M>t.maxTextureSize&&(R=Math.ceil(M/t.maxTextureSize),M=t.maxTextureSize);let y=new Float32Array(M*R*4*u),x=new Cr(y,M,R,u);x.type=Vn,x.needsUpdate=!0;let T=A*4;for(let U=0;U<u;U++){let z=g[U],N=p[U],$=b[U],D=M*R*4*U;for(let G=0;G<z.count;G++){let Y=G*T;d===!0&&(s.fromBufferAttribute(z,G),y[D+Y+0]=s.x,y[D+Y+1]=s.y,y[D+Y+2]=s.z,y[D+Y+3]=0),_===!0&&(s.fromBufferAttribute(N,G),y[D+Y+4]=s.x,y[D+Y+5]=s.y,y[D+Y+6]=s.z,y[D+Y+7]=0),E===!0&&(s.fromBufferAttribute($,G),y[D+Y+8]=s.x,y[D+Y+9]=s.y,y[D+Y+10]=s.z,y[D+Y+11]=$.itemSize===4?s.w:1)}}f={count:u,texture:x,size:new Ot(M,R)},n.set(a,f),a.addEventListener("dispose",B)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(i,"morphTexture",o.morphTexture,e);else{let d=0;for(let E=0;E<c.length;E++)d+=c[E];let _=a.morphTargetsRelative?1:1-d;l.getUniforms().setValue(i,"morphTargetBaseInfluence",_),l.getUniforms().setValue(i,"morphTargetInfluences",c)}l.getUniforms().setValue(i,"morphTargetsTexture",f.texture,e),l.getUniforms().setValue(i,"morphTargetsTextureSize",f.size)}return{update:r}}function Ky(i,t,e,n,s){let r=new WeakMap;function o(c){let h=s.render.frame,u=c.geometry,f=t.get(c,u);if(r.get(f)!==h&&(t.update(f),r.set(f,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),r.get(c)!==h&&(e.update(c.instanceMatrix,i.ARRAY_BUFFER),c.instanceColor!==null&&e.update(c.instanceColor,i.ARRAY_BUFFER),r.set(c,h))),c.isSkinnedMesh){let d=c.skeleton;r.get(d)!==h&&(d.update(),r.set(d,h))}return f}function a(){r=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),n.releaseStatesOfObject(h),e.remove(h.instanceMatrix),h.instanceColor!==null&&e.remove(h.instanceColor)}return{update:o,dispose:a}}var jy={[dh]:"LINEAR_TONE_MAPPING",[ph]:"REINHARD_TONE_MAPPING",[mh]:"CINEON_TONE_MAPPING",[gh]:"ACES_FILMIC_TONE_MAPPING",[xh]:"AGX_TONE_MAPPING",[yh]:"NEUTRAL_TONE_MAPPING",[_h]:"CUSTOM_TONE_MAPPING"};function Qy(i,t,e,n,s,r){let o=new wn(t,e,{type:i,depthBuffer:s,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,h=new Mn;h.setAttribute("position",new ke([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new ke([0,2,0,0,2,0],2));let u=new Ea({uniforms:{tDiffuse:{value:null}},vertexShader:`
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
			}`,depthTest:!1,depthWrite:!1}),f=new hn(h,u),d=new ns(-1,1,1,-1,0,1),_=null,E=null,g=!1,p,b=null,A=[],M=!1;this.setSize=function(R,y){o.setSize(R,y),a!==null&&a.setSize(R,y),l!==null&&l.setSize(R,y);for(let x=0;x<A.length;x++){let T=A[x];T.setSize&&T.setSize(R,y)}},this.setEffects=function(R){A=R,M=A.length>0&&A[0].isRenderPass===!0;let y=o.width,x=o.height;A.length>0&&a===null&&(a=new wn(y,x,{type:Hn,depthBuffer:!1,stencilBuffer:!1}),l=new wn(y,x,{type:Hn,depthBuffer:!1,stencilBuffer:!1}));let T=s===!0&&A.some(B=>B.needsDepthTexture===!0);T!==(o.depthTexture!==null)&&(T===!0&&c===null&&(c=new _i(y,x),r===!0&&(c.format=yi,c.type=os)),o.dispose(),o.depthTexture=T?c:null,o.resolveDepthBuffer=T,o.storeMultisampledDepthBuffer=T);for(let B=0;B<A.length;B++){let U=A[B];U.setSize&&U.setSize(y,x),T&&U.needsDepthTexture===!0&&U.setDepthTexture&&U.setDepthTexture(c)}},this.begin=function(R,y){if(g||R.toneMapping===ti&&A.length===0)return!1;if(b=y,y!==null){let x=y.width,T=y.height;(o.width!==x||o.height!==T)&&this.setSize(x,T)}return M===!1&&R.setRenderTarget(o),p=R.toneMapping,R.toneMapping=ti,!0},this.hasRenderPass=function(){return M},this.end=function(R,y){R.toneMapping=p,g=!0;let x=o,T=a;for(let B=0;B<A.length;B++){let U=A[B];U.enabled!==!1&&(U.render(R,T,x,y),U.needsSwap!==!1&&(x=T,T=T===a?l:a))}if(_!==R.outputColorSpace||E!==R.toneMapping){_=R.outputColorSpace,E=R.toneMapping,u.defines={},ae.getTransfer(_)===me&&(u.defines.SRGB_TRANSFER="");let B=jy[E];B&&(u.defines[B]=""),u.needsUpdate=!0}u.uniforms.tDiffuse.value=x.texture,R.setRenderTarget(b),R.render(f,d),b=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),h.dispose(),u.dispose()}}var ap=new cn,lp=new _i(1,1),cp=new Ur(1),hp=new Cr,up=new pa,fp=new Dr,zd=[],Gd=[],Vd=new Float32Array(16),Hd=new Float32Array(9),Wd=new Float32Array(4);function Qs(i,t,e){let n=i[0];if(n<=0||n>0)return i;let s=t*e,r=zd[s];if(r===void 0&&(r=new Float32Array(s),zd[s]=r),t!==0){n.toArray(r,0);for(let o=1,a=0;o!==t;++o)a+=e,i[o].toArray(r,a)}return r}function Ve(i,t){if(i.length!==t.length)return!1;for(let e=0,n=i.length;e<n;e++)if(i[e]!==t[e])return!1;return!0}function He(i,t){for(let e=0,n=t.length;e<n;e++)i[e]=t[e]}function Cl(i,t){let e=Gd[t];e===void 0&&(e=new Int32Array(t),Gd[t]=e);for(let n=0;n!==t;++n)e[n]=i.allocateTextureUnit();return e}function tv(i,t){let e=this.cache;e[0]!==t&&(i.uniform1f(this.addr,t),e[0]=t)}function ev(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(i.uniform2f(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ve(e,t))return;i.uniform2fv(this.addr,t),He(e,t)}}function nv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(i.uniform3f(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else if(t.r!==void 0)(e[0]!==t.r||e[1]!==t.g||e[2]!==t.b)&&(i.uniform3f(this.addr,t.r,t.g,t.b),e[0]=t.r,e[1]=t.g,e[2]=t.b);else{if(Ve(e,t))return;i.uniform3fv(this.addr,t),He(e,t)}}function iv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(i.uniform4f(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ve(e,t))return;i.uniform4fv(this.addr,t),He(e,t)}}function sv(i,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ve(e,t))return;i.uniformMatrix2fv(this.addr,!1,t),He(e,t)}else{if(Ve(e,n))return;Wd.set(n),i.uniformMatrix2fv(this.addr,!1,Wd),He(e,n)}}function rv(i,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ve(e,t))return;i.uniformMatrix3fv(this.addr,!1,t),He(e,t)}else{if(Ve(e,n))return;Hd.set(n),i.uniformMatrix3fv(this.addr,!1,Hd),He(e,n)}}function ov(i,t){let e=this.cache,n=t.elements;if(n===void 0){if(Ve(e,t))return;i.uniformMatrix4fv(this.addr,!1,t),He(e,t)}else{if(Ve(e,n))return;Vd.set(n),i.uniformMatrix4fv(this.addr,!1,Vd),He(e,n)}}function av(i,t){let e=this.cache;e[0]!==t&&(i.uniform1i(this.addr,t),e[0]=t)}function lv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(i.uniform2i(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ve(e,t))return;i.uniform2iv(this.addr,t),He(e,t)}}function cv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(i.uniform3i(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else{if(Ve(e,t))return;i.uniform3iv(this.addr,t),He(e,t)}}function hv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(i.uniform4i(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ve(e,t))return;i.uniform4iv(this.addr,t),He(e,t)}}function uv(i,t){let e=this.cache;e[0]!==t&&(i.uniform1ui(this.addr,t),e[0]=t)}function fv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y)&&(i.uniform2ui(this.addr,t.x,t.y),e[0]=t.x,e[1]=t.y);else{if(Ve(e,t))return;i.uniform2uiv(this.addr,t),He(e,t)}}function dv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z)&&(i.uniform3ui(this.addr,t.x,t.y,t.z),e[0]=t.x,e[1]=t.y,e[2]=t.z);else{if(Ve(e,t))return;i.uniform3uiv(this.addr,t),He(e,t)}}function pv(i,t){let e=this.cache;if(t.x!==void 0)(e[0]!==t.x||e[1]!==t.y||e[2]!==t.z||e[3]!==t.w)&&(i.uniform4ui(this.addr,t.x,t.y,t.z,t.w),e[0]=t.x,e[1]=t.y,e[2]=t.z,e[3]=t.w);else{if(Ve(e,t))return;i.uniform4uiv(this.addr,t),He(e,t)}}function Il(i){return i.version===0&&(i.compareFunction=Ih,i.needsUpdate=!0),i}function mv(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_2D_SHADOW?r=Il(lp):r=ap,e.setTexture2D(t||r,s)}function gv(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),e.setTexture3D(t||up,s)}function _v(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_CUBE_SHADOW?r=Il(cp):r=fp,e.setTextureCube(t||r,s)}function xv(i,t,e){let n=this.cache,s=e.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),e.setTexture2DArray(t||hp,s)}function yv(i){switch(i){case 5126:return tv;case 35664:return ev;case 35665:return nv;case 35666:return iv;case 35674:return sv;case 35675:return rv;case 35676:return ov;case 5124:case 35670:return av;case 35667:case 35671:return lv;case 35668:case 35672:return cv;case 35669:case 35673:return hv;case 5125:return uv;case 36294:return fv;case 36295:return dv;case 36296:return pv;case 35678:case 36198:case 36298:case 36306:case 35682:return mv;case 35679:case 36299:case 36307:return gv;case 35680:case 36300:case 36308:case 36293:return _v;case 36289:case 36303:case 36311:case 36292:return xv}}function vv(i,t){i.uniform1fv(this.addr,t)}function Sv(i,t){let e=Qs(t,this.size,2);i.uniform2fv(this.addr,e)}function wv(i,t){let e=Qs(t,this.size,3);i.uniform3fv(this.addr,e)}function Mv(i,t){let e=Qs(t,this.size,4);i.uniform4fv(this.addr,e)}function bv(i,t){let e=Qs(t,this.size,4);i.uniformMatrix2fv(this.addr,!1,e)}function Ev(i,t){let e=Qs(t,this.size,9);i.uniformMatrix3fv(this.addr,!1,e)}function Av(i,t){let e=Qs(t,this.size,16);i.uniformMatrix4fv(this.addr,!1,e)}function Tv(i,t){i.uniform1iv(this.addr,t)}function Rv(i,t){i.uniform2iv(this.addr,t)}function Cv(i,t){i.uniform3iv(this.addr,t)}function Iv(i,t){i.uniform4iv(this.addr,t)}function Pv(i,t){i.uniform1uiv(this.addr,t)}function Lv(i,t){i.uniform2uiv(this.addr,t)}function Dv(i,t){i.uniform3uiv(this.addr,t)}function Uv(i,t){i.uniform4uiv(this.addr,t)}function Nv(i,t,e){let n=this.cache,s=t.length,r=Cl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),He(n,r));let o;this.type===i.SAMPLER_2D_SHADOW?o=Il(lp):o=ap;for(let a=0;a!==s;++a)e.setTexture2D(t[a]||o,r[a])}function Fv(i,t,e){let n=this.cache,s=t.length,r=Cl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),He(n,r));for(let o=0;o!==s;++o)e.setTexture3D(t[o]||up,r[o])}function Ov(i,t,e){let n=this.cache,s=t.length,r=Cl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),He(n,r));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=Il(cp):o=fp;for(let a=0;a!==s;++a)e.setTextureCube(t[a]||o,r[a])}function Bv(i,t,e){let n=this.cache,s=t.length,r=Cl(e,s);Ve(n,r)||(i.uniform1iv(this.addr,r),He(n,r));for(let o=0;o!==s;++o)e.setTexture2DArray(t[o]||hp,r[o])}function kv(i){switch(i){case 5126:return vv;case 35664:return Sv;case 35665:return wv;case 35666:return Mv;case 35674:return bv;case 35675:return Ev;case 35676:return Av;case 5124:case 35670:return Tv;case 35667:case 35671:return Rv;case 35668:case 35672:return Cv;case 35669:case 35673:return Iv;case 5125:return Pv;case 36294:return Lv;case 36295:return Dv;case 36296:return Uv;case 35678:case 36198:case 36298:case 36306:case 35682:return Nv;case 35679:case 36299:case 36307:return Fv;case 35680:case 36300:case 36308:case 36293:return Ov;case 36289:case 36303:case 36311:case 36292:return Bv}}var Gh=class{constructor(t,e,n){this.id=t,this.addr=n,this.cache=[],this.type=e.type,this.setValue=yv(e.type)}},Vh=class{constructor(t,e,n){this.id=t,this.addr=n,this.cache=[],this.type=e.type,this.size=e.size,this.setValue=kv(e.type)}},Hh=class{constructor(t){this.id=t,this.seq=[],this.map={}}setValue(t,e,n){let s=this.seq;for(let r=0,o=s.length;r!==o;++r){let a=s[r];a.setValue(t,e[a.id],n)}}},kh=/(\w+)(\])?(\[|\.)?/g;function Xd(i,t){i.seq.push(t),i.map[t.id]=t}function zv(i,t,e){let n=i.name,s=n.length;for(kh.lastIndex=0;;){let r=kh.exec(n),o=kh.lastIndex,a=r[1],l=r[2]==="]",c=r[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===s){Xd(e,c===void 0?new Gh(a,i,t):new Vh(a,i,t));break}else{let u=e.map[a];u===void 0&&(u=new Hh(a),Xd(e,u)),e=u}}}var Ks=class{constructor(t,e){this.seq=[],this.map={};let n=t.getProgramParameter(e,t.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=t.getActiveUniform(e,o),l=t.getUniformLocation(e,a.name);zv(a,l,this)}let s=[],r=[];for(let o of this.seq)o.type===t.SAMPLER_2D_SHADOW||o.type===t.SAMPLER_CUBE_SHADOW||o.type===t.SAMPLER_2D_ARRAY_SHADOW?s.push(o):r.push(o);s.length>0&&(this.seq=s.concat(r))}setValue(t,e,n,s){let r=this.map[e];r!==void 0&&r.setValue(t,n,s)}setOptional(t,e,n){let s=e[n];s!==void 0&&this.setValue(t,n,s)}static upload(t,e,n,s){for(let r=0,o=e.length;r!==o;++r){let a=e[r],l=n[a.id];l.needsUpdate!==!1&&a.setValue(t,l.value,s)}}static seqWithValue(t,e){let n=[];for(let s=0,r=t.length;s!==r;++s){let o=t[s];o.id in e&&n.push(o)}return n}};function $d(i,t,e){let n=i.createShader(t);return i.shaderSource(n,e),i.compileShader(n),n}var Gv=37297,Vv=0;function Hv(i,t){let e=i.split(`
`),n=[],s=Math.max(t-6,0),r=Math.min(t+6,e.length);for(let o=s;o<r;o++){let a=o+1;n.push(`${a===t?">":" "} ${a}: ${e[o]}`)}return n.join(`
`)}var qd=new Xt;function Wv(i){ae._getMatrix(qd,ae.workingColorSpace,i);let t=`mat3( ${qd.elements.map(e=>e.toFixed(4))} )`;switch(ae.getTransfer(i)){case Tr:return[t,"LinearTransferOETF"];case me:return[t,"sRGBTransferOETF"];default:return zt("WebGLProgram: Unsupported color space: ",i),[t,"LinearTransferOETF"]}}function Yd(i,t,e){let n=i.getShaderParameter(t,i.COMPILE_STATUS),r=(i.getShaderInfoLog(t)||"").trim();if(n&&r==="")return"";let o=/ERROR: 0:(\d+)/.exec(r);if(o){let a=parseInt(o[1]);return e.toUpperCase()+`

`+r+`

`+Hv(i.getShaderSource(t),a)}else return r}function Xv(i,t){let e=Wv(t);return[`vec4 ${i}( vec4 value ) {`,`	return ${e[1]}( vec4( ${e[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var $v={[dh]:"Linear",[ph]:"Reinhard",[mh]:"Cineon",[gh]:"ACESFilmic",[xh]:"AgX",[yh]:"Neutral",[_h]:"Custom"};function qv(i,t){let e=$v[t];return e===void 0?(zt("WebGLProgram: Unsupported toneMapping:",t),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+e+"ToneMapping( color ); }"}var Tl=new V;function Yv(){ae.getLuminanceCoefficients(Tl);let i=Tl.x.toFixed(4),t=Tl.y.toFixed(4),e=Tl.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${t}, ${e} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Zv(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(eo).join(`
`)}function Jv(i){let t=[];for(let e in i){let n=i[e];n!==!1&&t.push("#define "+e+" "+n)}return t.join(`
`)}function Kv(i,t){let e={},n=i.getProgramParameter(t,i.ACTIVE_ATTRIBUTES);for(let s=0;s<n;s++){let r=i.getActiveAttrib(t,s),o=r.name,a=1;r.type===i.FLOAT_MAT2&&(a=2),r.type===i.FLOAT_MAT3&&(a=3),r.type===i.FLOAT_MAT4&&(a=4),e[o]={type:r.type,location:i.getAttribLocation(t,o),locationSize:a}}return e}function eo(i){return i!==""}function Zd(i,t){let e=t.numSpotLightShadows+t.numSpotLightMaps-t.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,t.numSunLights).replace(/NUM_DIR_LIGHTS/g,t.numDirLights).replace(/NUM_SPOT_LIGHTS/g,t.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,t.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,e).replace(/NUM_RECT_AREA_LIGHTS/g,t.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,t.numPointLights).replace(/NUM_HEMI_LIGHTS/g,t.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,t.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,t.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,t.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,t.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,t.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,t.numLightProbeGrids)}function Jd(i,t){return i.replace(/NUM_CLIPPING_PLANES/g,t.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,t.numClippingPlanes-t.numClipIntersection)}var jv=/^[ \t]*#include +<([\w\d./]+)>/gm;function Wh(i){return i.replace(jv,Qv)}function Qv(i,t){let e=te[t];if(e===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+t+">");return Wh(e)}var tS=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Kd(i){return i.replace(tS,eS)}function eS(i,t,e,n){let s="";for(let r=parseInt(t);r<parseInt(e);r++)s+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return s}function jd(i){let t=`precision ${i.precision} float;
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
#define LOW_PRECISION`),t}var nS={[Xr]:"SHADOWMAP_TYPE_PCF",[qs]:"SHADOWMAP_TYPE_VSM"};function iS(i){return nS[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var sS={[Zs]:"ENVMAP_MODE_REFRACTION"};function rS(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":sS[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var oS={[fh]:"ENVMAP_BLENDING_MULTIPLY",[md]:"ENVMAP_BLENDING_MIX",[gd]:"ENVMAP_BLENDING_ADD"};function aS(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":oS[i.combine]||"ENVMAP_BLENDING_NONE"}function lS(i,t,e,n){let s=i.getContext(),r=e.defines,o=e.vertexShader,a=e.fragmentShader,l=iS(e),c=e.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=rS(e),u=aS(e),f=Zv(e),d=Jv(r),_=s.createProgram(),E,g,p=e.glslVersion?"#version "+e.glslVersion+`
`:"";e.isRawShaderMaterial?(E=["#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d].filter(eo).join(`
`),E.length>0&&(E+=`
`),g=["#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d].filter(eo).join(`
`),g.length>0&&(g+=`
`)):(E=[jd(e),"#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d,e.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",e.batching?"#define USE_BATCHING":"",e.batchingColor?"#define USE_BATCHING_COLOR":"",e.instancing?"#define USE_INSTANCING":"",e.instancingColor?"#define USE_INSTANCING_COLOR":"",e.instancingMorph?"#define USE_INSTANCING_MORPH":"",e.useFog&&e.fog?"#define USE_FOG":"",e.useFog&&e.fogExp2?"#define FOG_EXP2":"",e.map?"#define USE_MAP":"",e.envMap?"#define USE_ENVMAP":"",e.envMap?"#define "+h:"",e.lightMap?"#define USE_LIGHTMAP":"",e.aoMap?"#define USE_AOMAP":"",e.bumpMap?"#define USE_BUMPMAP":"",e.normalMap?"#define USE_NORMALMAP":"",e.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",e.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",e.displacementMap?"#define USE_DISPLACEMENTMAP":"",e.emissiveMap?"#define USE_EMISSIVEMAP":"",e.anisotropy?"#define USE_ANISOTROPY":"",e.anisotropyMap?"#define USE_ANISOTROPYMAP":"",e.clearcoatMap?"#define USE_CLEARCOATMAP":"",e.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",e.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",e.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",e.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",e.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",e.specularMap?"#define USE_SPECULARMAP":"",e.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",e.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",e.roughnessMap?"#define USE_ROUGHNESSMAP":"",e.metalnessMap?"#define USE_METALNESSMAP":"",e.alphaMap?"#define USE_ALPHAMAP":"",e.alphaHash?"#define USE_ALPHAHASH":"",e.transmission?"#define USE_TRANSMISSION":"",e.transmissionMap?"#define USE_TRANSMISSIONMAP":"",e.thicknessMap?"#define USE_THICKNESSMAP":"",e.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",e.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",e.mapUv?"#define MAP_UV "+e.mapUv:"",e.alphaMapUv?"#define ALPHAMAP_UV "+e.alphaMapUv:"",e.lightMapUv?"#define LIGHTMAP_UV "+e.lightMapUv:"",e.aoMapUv?"#define AOMAP_UV "+e.aoMapUv:"",e.emissiveMapUv?"#define EMISSIVEMAP_UV "+e.emissiveMapUv:"",e.bumpMapUv?"#define BUMPMAP_UV "+e.bumpMapUv:"",e.normalMapUv?"#define NORMALMAP_UV "+e.normalMapUv:"",e.displacementMapUv?"#define DISPLACEMENTMAP_UV "+e.displacementMapUv:"",e.metalnessMapUv?"#define METALNESSMAP_UV "+e.metalnessMapUv:"",e.roughnessMapUv?"#define ROUGHNESSMAP_UV "+e.roughnessMapUv:"",e.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+e.anisotropyMapUv:"",e.clearcoatMapUv?"#define CLEARCOATMAP_UV "+e.clearcoatMapUv:"",e.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+e.clearcoatNormalMapUv:"",e.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+e.clearcoatRoughnessMapUv:"",e.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+e.diffuseRoughnessMapUv:"",e.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+e.iridescenceMapUv:"",e.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+e.iridescenceThicknessMapUv:"",e.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+e.sheenColorMapUv:"",e.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+e.sheenRoughnessMapUv:"",e.specularMapUv?"#define SPECULARMAP_UV "+e.specularMapUv:"",e.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+e.specularColorMapUv:"",e.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+e.specularIntensityMapUv:"",e.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+e.transmissionMapUv:"",e.thicknessMapUv?"#define THICKNESSMAP_UV "+e.thicknessMapUv:"",e.vertexTangents&&e.flatShading===!1?"#define USE_TANGENT":"",e.vertexNormals?"#define HAS_NORMAL":"",e.vertexColors?"#define USE_COLOR":"",e.vertexAlphas?"#define USE_COLOR_ALPHA":"",e.vertexUv1s?"#define USE_UV1":"",e.vertexUv2s?"#define USE_UV2":"",e.vertexUv3s?"#define USE_UV3":"",e.pointsUvs?"#define USE_POINTS_UV":"",e.flatShading?"#define FLAT_SHADED":"",e.skinning?"#define USE_SKINNING":"",e.morphTargets?"#define USE_MORPHTARGETS":"",e.morphNormals&&e.flatShading===!1?"#define USE_MORPHNORMALS":"",e.morphColors?"#define USE_MORPHCOLORS":"",e.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+e.morphTextureStride:"",e.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+e.morphTargetsCount:"",e.doubleSided?"#define DOUBLE_SIDED":"",e.flipSided?"#define FLIP_SIDED":"",e.shadowMapEnabled?"#define USE_SHADOWMAP":"",e.shadowMapEnabled?"#define "+l:"",e.sizeAttenuation?"#define USE_SIZEATTENUATION":"",e.numLightProbes>0?"#define USE_LIGHT_PROBES":"",e.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",e.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(eo).join(`
`),g=[jd(e),"#define SHADER_TYPE "+e.shaderType,"#define SHADER_NAME "+e.shaderName,d,e.useFog&&e.fog?"#define USE_FOG":"",e.useFog&&e.fogExp2?"#define FOG_EXP2":"",e.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",e.map?"#define USE_MAP":"",e.matcap?"#define USE_MATCAP":"",e.envMap?"#define USE_ENVMAP":"",e.envMap?"#define "+c:"",e.envMap?"#define "+h:"",e.envMap?"#define "+u:"",e.envMapPMREM?"#define ENVMAP_MAX_LOD "+e.envMapMaxLod+".0":"",e.envMapPMREM?"#define ENVMAP_SIZE "+e.envMapSize+".0":"",e.lightMap?"#define USE_LIGHTMAP":"",e.aoMap?"#define USE_AOMAP":"",e.bumpMap?"#define USE_BUMPMAP":"",e.normalMap?"#define USE_NORMALMAP":"",e.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",e.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",e.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",e.emissiveMap?"#define USE_EMISSIVEMAP":"",e.anisotropy?"#define USE_ANISOTROPY":"",e.anisotropyMap?"#define USE_ANISOTROPYMAP":"",e.clearcoat?"#define USE_CLEARCOAT":"",e.clearcoatMap?"#define USE_CLEARCOATMAP":"",e.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",e.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",e.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",e.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",e.dispersion?"#define USE_DISPERSION":"",e.retroreflection?"#define USE_RETROREFLECTION":"",e.iridescence?"#define USE_IRIDESCENCE":"",e.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",e.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",e.specularMap?"#define USE_SPECULARMAP":"",e.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",e.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",e.roughnessMap?"#define USE_ROUGHNESSMAP":"",e.metalnessMap?"#define USE_METALNESSMAP":"",e.alphaMap?"#define USE_ALPHAMAP":"",e.alphaTest?"#define USE_ALPHATEST":"",e.alphaHash?"#define USE_ALPHAHASH":"",e.sheen?"#define USE_SHEEN":"",e.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",e.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",e.transmission?"#define USE_TRANSMISSION":"",e.transmissionMap?"#define USE_TRANSMISSIONMAP":"",e.thicknessMap?"#define USE_THICKNESSMAP":"",e.vertexTangents&&e.flatShading===!1?"#define USE_TANGENT":"",e.vertexColors||e.instancingColor?"#define USE_COLOR":"",e.vertexAlphas||e.batchingColor?"#define USE_COLOR_ALPHA":"",e.vertexUv1s?"#define USE_UV1":"",e.vertexUv2s?"#define USE_UV2":"",e.vertexUv3s?"#define USE_UV3":"",e.pointsUvs?"#define USE_POINTS_UV":"",e.gradientMap?"#define USE_GRADIENTMAP":"",e.flatShading?"#define FLAT_SHADED":"",e.doubleSided?"#define DOUBLE_SIDED":"",e.flipSided?"#define FLIP_SIDED":"",e.shadowMapEnabled?"#define USE_SHADOWMAP":"",e.shadowMapEnabled?"#define "+l:"",e.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",e.numLightProbes>0?"#define USE_LIGHT_PROBES":"",e.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",e.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",e.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",e.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",e.toneMapping!==ti?"#define TONE_MAPPING":"",e.toneMapping!==ti?te.tonemapping_pars_fragment:"",e.toneMapping!==ti?qv("toneMapping",e.toneMapping):"",e.dithering?"#define DITHERING":"",e.opaque?"#define OPAQUE":"",te.colorspace_pars_fragment,Xv("linearToOutputTexel",e.outputColorSpace),Yv(),e.useDepthPacking?"#define DEPTH_PACKING "+e.depthPacking:"",`
`].filter(eo).join(`
`)),o=Wh(o),o=Zd(o,e),o=Jd(o,e),a=Wh(a),a=Zd(a,e),a=Jd(a,e),o=Kd(o),a=Kd(a),e.isRawShaderMaterial!==!0&&(p=`#version 300 es
`,E=[f,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+E,g=["#define varying in",e.glslVersion===Ph?"":"layout(location = 0) out highp vec4 pc_fragColor;",e.glslVersion===Ph?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let b=p+E+o,A=p+g+a,M=$d(s,s.VERTEX_SHADER,b),R=$d(s,s.FRAGMENT_SHADER,A);s.attachShader(_,M),s.attachShader(_,R),e.index0AttributeName!==void 0?s.bindAttribLocation(_,0,e.index0AttributeName):e.hasPositionAttribute===!0&&s.bindAttribLocation(_,0,"position"),s.linkProgram(_);function y(U){if(i.debug.checkShaderErrors){let z=s.getProgramInfoLog(_)||"",N=s.getShaderInfoLog(M)||"",$=s.getShaderInfoLog(R)||"",D=z.trim(),G=N.trim(),Y=$.trim(),J=!0,ot=!0;if(s.getProgramParameter(_,s.LINK_STATUS)===!1)if(J=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(s,_,M,R);else{let K=Yd(s,M,"vertex"),Q=Yd(s,R,"fragment");Ht("WebGLProgram: Shader Error "+s.getError()+" - VALIDATE_STATUS "+s.getProgramParameter(_,s.VALIDATE_STATUS)+`

Material Name: `+U.name+`
Material Type: `+U.type+`

Program Info Log: `+D+`
`+K+`
`+Q)}else D!==""?zt("WebGLProgram: Program Info Log:",D):(G===""||Y==="")&&(ot=!1);ot&&(U.diagnostics={runnable:J,programLog:D,vertexShader:{log:G,prefix:E},fragmentShader:{log:Y,prefix:g}})}s.deleteShader(M),s.deleteShader(R),x=new Ks(s,_),T=Kv(s,_)}let x;this.getUniforms=function(){return x===void 0&&y(this),x};let T;this.getAttributes=function(){return T===void 0&&y(this),T};let B=e.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return B===!1&&(B=s.getProgramParameter(_,Gv)),B},this.destroy=function(){n.releaseStatesOfProgram(this),s.deleteProgram(_),this.program=void 0},this.type=e.shaderType,this.name=e.shaderName,this.id=Vv++,this.cacheKey=t,this.usedTimes=1,this.program=_,this.vertexShader=M,this.fragmentShader=R,this}var cS=0,Xh=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(t,e,n){let s=this._getShaderCacheForMaterial(t);return s.has(e)===!1&&(s.add(e),e.usedTimes++),s.has(n)===!1&&(s.add(n),n.usedTimes++),this}remove(t){let e=this.materialCache.get(t);for(let n of e)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(t),this}getVertexShaderStage(t){return this._getShaderStage(t.vertexShader)}getFragmentShaderStage(t){return this._getShaderStage(t.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(t){let e=this.materialCache,n=e.get(t);return n===void 0&&(n=new Set,e.set(t,n)),n}_getShaderStage(t){let e=this.shaderCache,n=e.get(t);return n===void 0&&(n=new $h(t),e.set(t,n)),n}},$h=class{constructor(t){this.id=cS++,this.code=t,this.usedTimes=0}};function hS(i){return i===ki||i===Kr||i===jr}function uS(i,t,e,n,s,r){let o=new Ir,a=new Xh,l=new Set,c=[],h=new Map,u=n.logarithmicDepthBuffer,f={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(x){return l.add(x),x===0?"uv":`uv${x}`}function _(x,T,B,U,z,N){let $=U.fog,D=z.geometry,G=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?U.environment:null,Y=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,J=t.get(x.envMap||G,Y),ot=f[x.type],K=n.precision;x.precision!==null&&(K=n.getMaxPrecision(x.precision),K!==x.precision&&zt("WebGLProgram.getParameters:",x.precision,"not supported, using",K,"instead."));let Q=D.morphAttributes.position||D.morphAttributes.normal||D.morphAttributes.color,st=Q!==void 0?Q.length:0,At=0;D.morphAttributes.position!==void 0&&(At=1),D.morphAttributes.normal!==void 0&&(At=2),D.morphAttributes.color!==void 0&&(At=3);let Bt,tt,St,Mt;if(ot){let wt=ni[ot];Bt=wt.vertexShader,tt=wt.fragmentShader}else{Bt=x.vertexShader,tt=x.fragmentShader;let wt=a.getVertexShaderStage(x),de=a.getFragmentShaderStage(x);a.update(x,wt,de),St=wt.id,Mt=de.id}let Ct=i.getRenderTarget(),gt=i.state.buffers.depth.getReversed(),It=z.isInstancedMesh===!0,Gt=z.isBatchedMesh===!0,dt=!!x.map,le=!!x.matcap,fe=!!J,Kt=fe&&J.isPMREMTexture===!0,Se=!!x.aoMap,Ee=!!x.lightMap,Ye=!!x.bumpMap&&x.wireframe===!1,pe=!!x.normalMap,_n=!!x.displacementMap,De=!!x.emissiveMap,nn=!!x.metalnessMap,sn=!!x.roughnessMap,Ue=x.anisotropy>0,k=x.clearcoat>0,kt=x.diffuseRoughness>0,we=x.dispersion>0,ge=x.retroreflectivity>0,xt=x.iridescence>0,Ne=x.sheen>0,Ut=x.transmission>0,Vt=Ue&&!!x.anisotropyMap,C=k&&!!x.clearcoatMap,v=k&&!!x.clearcoatNormalMap,W=k&&!!x.clearcoatRoughnessMap,at=kt&&!!x.diffuseRoughnessMap,rt=xt&&!!x.iridescenceMap,pt=xt&&!!x.iridescenceThicknessMap,yt=Ne&&!!x.sheenColorMap,et=Ne&&!!x.sheenRoughnessMap,nt=!!x.specularMap,_t=!!x.specularColorMap,L=!!x.specularIntensityMap,it=Ut&&!!x.transmissionMap,j=Ut&&!!x.thicknessMap,mt=!!x.gradientMap,ct=!!x.alphaMap,ut=x.alphaTest>0,Dt=!!x.alphaHash,qt=!!x.extensions,lt=ti;x.toneMapped&&(Ct===null||Ct.isXRRenderTarget===!0)&&(lt=i.toneMapping);let Nt=Kt?J.isCompressedCubeTexture?J.image[0].mipmaps:J.mipmaps:null,$t={shaderID:ot,shaderType:x.type,shaderName:x.name,vertexShader:Bt,fragmentShader:tt,defines:x.defines,customVertexShaderID:St,customFragmentShaderID:Mt,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:K,batching:Gt,batchingColor:Gt&&z._colorsTexture!==null,instancing:It,instancingColor:It&&z.instanceColor!==null,instancingMorph:It&&z.morphTexture!==null,outputColorSpace:Ct===null?i.outputColorSpace:Ct.isXRRenderTarget===!0?Ct.texture.colorSpace:ae.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:dt,matcap:le,envMap:fe,envMapMode:fe&&J.mapping,envMapPMREM:Kt,envMapMaxLod:Kt?Nt.length-1:null,envMapSize:Kt?Nt[0].width:null,aoMap:Se,lightMap:Ee,bumpMap:Ye,normalMap:pe,displacementMap:_n,emissiveMap:De,normalMapObjectSpace:pe&&x.normalMapType===yd,normalMapTangentSpace:pe&&x.normalMapType===El,packedNormalMap:pe&&x.normalMapType===El&&hS(x.normalMap.format),metalnessMap:nn,roughnessMap:sn,anisotropy:Ue,anisotropyMap:Vt,clearcoat:k,clearcoatMap:C,clearcoatNormalMap:v,clearcoatRoughnessMap:W,diffuseRoughness:kt,diffuseRoughnessMap:at,dispersion:we,retroreflection:ge,iridescence:xt,iridescenceMap:rt,iridescenceThicknessMap:pt,sheen:Ne,sheenColorMap:yt,sheenRoughnessMap:et,specularMap:nt,specularColorMap:_t,specularIntensityMap:L,transmission:Ut,transmissionMap:it,thicknessMap:j,gradientMap:mt,opaque:x.transparent===!1&&x.blending===Ys&&x.alphaToCoverage===!1,alphaMap:ct,alphaTest:ut,alphaHash:Dt,combine:x.combine,mapUv:dt&&d(x.map.channel),aoMapUv:Se&&d(x.aoMap.channel),lightMapUv:Ee&&d(x.lightMap.channel),bumpMapUv:Ye&&d(x.bumpMap.channel),normalMapUv:pe&&d(x.normalMap.channel),displacementMapUv:_n&&d(x.displacementMap.channel),emissiveMapUv:De&&d(x.emissiveMap.channel),metalnessMapUv:nn&&d(x.metalnessMap.channel),roughnessMapUv:sn&&d(x.roughnessMap.channel),anisotropyMapUv:Vt&&d(x.anisotropyMap.channel),clearcoatMapUv:C&&d(x.clearcoatMap.channel),clearcoatNormalMapUv:v&&d(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:W&&d(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:at&&d(x.diffuseRoughnessMap.channel),iridescenceMapUv:rt&&d(x.iridescenceMap.channel),iridescenceThicknessMapUv:pt&&d(x.iridescenceThicknessMap.channel),sheenColorMapUv:yt&&d(x.sheenColorMap.channel),sheenRoughnessMapUv:et&&d(x.sheenRoughnessMap.channel),specularMapUv:nt&&d(x.specularMap.channel),specularColorMapUv:_t&&d(x.specularColorMap.channel),specularIntensityMapUv:L&&d(x.specularIntensityMap.channel),transmissionMapUv:it&&d(x.transmissionMap.channel),thicknessMapUv:j&&d(x.thicknessMap.channel),alphaMapUv:ct&&d(x.alphaMap.channel),vertexTangents:!!D.attributes.tangent&&(pe||Ue),vertexNormals:!!D.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!D.attributes.color&&D.attributes.color.itemSize===4,pointsUvs:z.isPoints===!0&&!!D.attributes.uv&&(dt||ct),fog:!!$,useFog:x.fog===!0,fogExp2:!!$&&$.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||D.attributes.normal===void 0&&pe===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:u,reversedDepthBuffer:gt,skinning:z.isSkinnedMesh===!0,hasPositionAttribute:D.attributes.position!==void 0,morphTargets:D.morphAttributes.position!==void 0,morphNormals:D.morphAttributes.normal!==void 0,morphColors:D.morphAttributes.color!==void 0,morphTargetsCount:st,morphTextureStride:At,numSunLights:T.sun.length,numDirLights:T.directional.length,numPointLights:T.point.length,numSpotLights:T.spot.length,numSpotLightMaps:T.spotLightMap.length,numRectAreaLights:T.rectArea.length,numHemiLights:T.hemi.length,numSunLightShadows:T.sunShadowMap.length,numDirLightShadows:T.directionalShadowMap.length,numPointLightShadows:T.pointShadowMap.length,numSpotLightShadows:T.spotShadowMap.length,numSpotLightShadowsWithMaps:T.numSpotLightShadowsWithMaps,numLightProbes:T.numLightProbes,numLightProbeGrids:N.filter(wt=>wt.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:x.dithering,shadowMapEnabled:i.shadowMap.enabled&&B.length>0,shadowMapType:i.shadowMap.type,toneMapping:lt,decodeVideoTexture:dt&&x.map.isVideoTexture===!0&&ae.getTransfer(x.map.colorSpace)===me,decodeVideoTextureEmissive:De&&x.emissiveMap.isVideoTexture===!0&&ae.getTransfer(x.emissiveMap.colorSpace)===me,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===Qn,flipSided:x.side===un,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:qt&&x.extensions.clipCullDistance===!0&&e.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(qt&&x.extensions.multiDraw===!0||Gt)&&e.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:e.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return $t.vertexUv1s=l.has(1),$t.vertexUv2s=l.has(2),$t.vertexUv3s=l.has(3),l.clear(),$t}function E(x){let T=[];if(x.shaderID?T.push(x.shaderID):(T.push(x.customVertexShaderID),T.push(x.customFragmentShaderID)),x.defines!==void 0)for(let B in x.defines)T.push(B),T.push(x.defines[B]);return x.isRawShaderMaterial===!1&&(g(T,x),p(T,x),T.push(i.outputColorSpace)),T.push(x.customProgramCacheKey),T.join()}function g(x,T){x.push(T.precision),x.push(T.outputColorSpace),x.push(T.envMapMode),x.push(T.envMapPMREM),x.push(T.envMapMaxLod),x.push(T.envMapSize),x.push(T.mapUv),x.push(T.alphaMapUv),x.push(T.lightMapUv),x.push(T.aoMapUv),x.push(T.bumpMapUv),x.push(T.normalMapUv),x.push(T.displacementMapUv),x.push(T.emissiveMapUv),x.push(T.metalnessMapUv),x.push(T.roughnessMapUv),x.push(T.anisotropyMapUv),x.push(T.clearcoatMapUv),x.push(T.clearcoatNormalMapUv),x.push(T.clearcoatRoughnessMapUv),x.push(T.diffuseRoughnessMapUv),x.push(T.iridescenceMapUv),x.push(T.iridescenceThicknessMapUv),x.push(T.sheenColorMapUv),x.push(T.sheenRoughnessMapUv),x.push(T.specularMapUv),x.push(T.specularColorMapUv),x.push(T.specularIntensityMapUv),x.push(T.transmissionMapUv),x.push(T.thicknessMapUv),x.push(T.combine),x.push(T.fogExp2),x.push(T.sizeAttenuation),x.push(T.morphTargetsCount),x.push(T.numSunLights),x.push(T.numDirLights),x.push(T.numPointLights),x.push(T.numSpotLights),x.push(T.numSpotLightMaps),x.push(T.numHemiLights),x.push(T.numRectAreaLights),x.push(T.numSunLightShadows),x.push(T.numDirLightShadows),x.push(T.numPointLightShadows),x.push(T.numSpotLightShadows),x.push(T.numSpotLightShadowsWithMaps),x.push(T.numLightProbes),x.push(T.numLightProbeGrids),x.push(T.shadowMapType),x.push(T.toneMapping),x.push(T.numClippingPlanes),x.push(T.numClipIntersection),x.push(T.depthPacking)}function p(x,T){o.disableAll(),T.instancing&&o.enable(0),T.instancingColor&&o.enable(1),T.instancingMorph&&o.enable(2),T.matcap&&o.enable(3),T.envMap&&o.enable(4),T.normalMapObjectSpace&&o.enable(5),T.normalMapTangentSpace&&o.enable(6),T.clearcoat&&o.enable(7),T.iridescence&&o.enable(8),T.alphaTest&&o.enable(9),T.vertexColors&&o.enable(10),T.vertexAlphas&&o.enable(11),T.vertexUv1s&&o.enable(12),T.vertexUv2s&&o.enable(13),T.vertexUv3s&&o.enable(14),T.vertexTangents&&o.enable(15),T.anisotropy&&o.enable(16),T.alphaHash&&o.enable(17),T.batching&&o.enable(18),T.dispersion&&o.enable(19),T.retroreflection&&o.enable(24),T.diffuseRoughness&&o.enable(25),T.batchingColor&&o.enable(20),T.gradientMap&&o.enable(21),T.packedNormalMap&&o.enable(22),T.vertexNormals&&o.enable(23),x.push(o.mask),o.disableAll(),T.fog&&o.enable(0),T.useFog&&o.enable(1),T.flatShading&&o.enable(2),T.logarithmicDepthBuffer&&o.enable(3),T.reversedDepthBuffer&&o.enable(4),T.skinning&&o.enable(5),T.morphTargets&&o.enable(6),T.morphNormals&&o.enable(7),T.morphColors&&o.enable(8),T.premultipliedAlpha&&o.enable(9),T.shadowMapEnabled&&o.enable(10),T.doubleSided&&o.enable(11),T.flipSided&&o.enable(12),T.useDepthPacking&&o.enable(13),T.dithering&&o.enable(14),T.transmission&&o.enable(15),T.sheen&&o.enable(16),T.opaque&&o.enable(17),T.pointsUvs&&o.enable(18),T.decodeVideoTexture&&o.enable(19),T.decodeVideoTextureEmissive&&o.enable(20),T.alphaToCoverage&&o.enable(21),T.numLightProbeGrids>0&&o.enable(22),T.hasPositionAttribute&&o.enable(23),x.push(o.mask)}function b(x){let T=f[x.type],B;if(T){let U=ni[T];B=Dd.clone(U.uniforms)}else B=x.uniforms;return B}function A(x,T){let B=h.get(T);return B!==void 0?++B.usedTimes:(B=new lS(i,T,x,s),c.push(B),h.set(T,B)),B}function M(x){if(--x.usedTimes===0){let T=c.indexOf(x);c[T]=c[c.length-1],c.pop(),h.delete(x.cacheKey),x.destroy()}}function R(x){a.remove(x)}function y(){a.dispose()}return{getParameters:_,getProgramCacheKey:E,getUniforms:b,acquireProgram:A,releaseProgram:M,releaseShaderCache:R,programs:c,dispose:y}}function fS(){let i=new WeakMap;function t(o){return i.has(o)}function e(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function s(o,a,l){i.get(o)[a]=l}function r(){i=new WeakMap}return{has:t,get:e,remove:n,update:s,dispose:r}}function dS(i,t){return i.groupOrder!==t.groupOrder?i.groupOrder-t.groupOrder:i.renderOrder!==t.renderOrder?i.renderOrder-t.renderOrder:i.material.id!==t.material.id?i.material.id-t.material.id:i.materialVariant!==t.materialVariant?i.materialVariant-t.materialVariant:i.z!==t.z?i.z-t.z:i.id-t.id}function Qd(i,t){return i.groupOrder!==t.groupOrder?i.groupOrder-t.groupOrder:i.renderOrder!==t.renderOrder?i.renderOrder-t.renderOrder:i.z!==t.z?t.z-i.z:i.id-t.id}function tp(){let i=[],t=0,e=[],n=[],s=[];function r(){t=0,e.length=0,n.length=0,s.length=0}function o(f){let d=0;return f.isInstancedMesh&&(d+=2),f.isSkinnedMesh&&(d+=1),d}function a(f,d,_,E,g,p){let b=i[t];return b===void 0?(b={id:f.id,object:f,geometry:d,material:_,materialVariant:o(f),groupOrder:E,renderOrder:f.renderOrder,z:g,group:p},i[t]=b):(b.id=f.id,b.object=f,b.geometry=d,b.material=_,b.materialVariant=o(f),b.groupOrder=E,b.renderOrder=f.renderOrder,b.z=g,b.group=p),t++,b}function l(f,d,_,E,g,p,b){b.reversedDepth===!0&&(g=-g);let A=a(f,d,_,E,g,p);_.transmission>0?n.push(A):_.transparent===!0?s.push(A):e.push(A)}function c(f,d,_,E,g,p){let b=a(f,d,_,E,g,p);_.transmission>0?n.unshift(b):_.transparent===!0?s.unshift(b):e.unshift(b)}function h(f,d){e.length>1&&e.sort(f||dS),n.length>1&&n.sort(d||Qd),s.length>1&&s.sort(d||Qd)}function u(){for(let f=t,d=i.length;f<d;f++){let _=i[f];if(_.id===null)break;_.id=null,_.object=null,_.geometry=null,_.material=null,_.group=null}}return{opaque:e,transmissive:n,transparent:s,init:r,push:l,unshift:c,finish:u,sort:h}}function pS(){let i=new WeakMap;function t(n,s){let r=i.get(n),o;return r===void 0?(o=new tp,i.set(n,[o])):s>=r.length?(o=new tp,r.push(o)):o=r[s],o}function e(){i=new WeakMap}return{get:t,dispose:e}}function mS(){let i={};return{get:function(t){if(i[t.id]!==void 0)return i[t.id];let e;switch(t.type){case"SunLight":case"DirectionalLight":e={direction:new V,color:new Jt};break;case"SpotLight":e={position:new V,direction:new V,color:new Jt,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":e={position:new V,color:new Jt,distance:0,decay:0};break;case"HemisphereLight":e={direction:new V,skyColor:new Jt,groundColor:new Jt};break;case"RectAreaLight":e={color:new Jt,position:new V,halfWidth:new V,halfHeight:new V};break}return i[t.id]=e,e}}}function gS(){let i={};return{get:function(t){if(i[t.id]!==void 0)return i[t.id];let e;switch(t.type){case"SunLight":case"DirectionalLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ot};break;case"SpotLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ot};break;case"PointLight":e={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ot,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[t.id]=e,e}}}var _S=0;function xS(i,t){return(t.castShadow?2:0)-(i.castShadow?2:0)+(t.map?1:0)-(i.map?1:0)}function yS(i){let t=new mS,e=gS(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)n.probe.push(new V);let s=new V,r=new Te,o=new Te;function a(c){let h=0,u=0,f=0;for(let N=0;N<9;N++)n.probe[N].set(0,0,0);let d=0,_=0,E=0,g=0,p=0,b=0,A=0,M=0,R=0,y=0,x=0,T=0,B=0,U=0;c.sort(xS);for(let N=0,$=c.length;N<$;N++){let D=c[N],G=D.color,Y=D.intensity,J=D.distance,ot=null;if(D.shadow&&D.shadow.map&&(D.shadow.map.texture.format===ki?ot=D.shadow.map.texture:ot=D.shadow.map.depthTexture||D.shadow.map.texture),D.isAmbientLight)h+=G.r*Y,u+=G.g*Y,f+=G.b*Y;else if(D.isLightProbe){for(let K=0;K<9;K++)n.probe[K].addScaledVector(D.sh.coefficients[K],Y);U++}else if(D.isSunLight){let K=t.get(D);if(K.color.copy(D.color).multiplyScalar(D.intensity),D.castShadow){let Q=D.shadow,st=e.get(D);st.shadowIntensity=Q.intensity,st.shadowBias=Q.bias,st.shadowNormalBias=Q.normalBias,st.shadowRadius=Q.radius,st.shadowMapSize.copy(Q.mapSize).multiply(Q.getFrameExtents()),n.sunShadow[_]=st,n.sunShadowMap[_]=ot;let At=Q.getViewportCount();for(let Bt=0;Bt<At;Bt++)n.sunShadowMatrix[E+Bt]=Q.getMatrix(Bt),n.sunShadowCascade[E+Bt]=Q._cascadeData[Bt];E+=At,_++}n.sun[d]=K,d++}else if(D.isDirectionalLight){let K=t.get(D);if(K.color.copy(D.color).multiplyScalar(D.intensity),D.castShadow){let Q=D.shadow,st=e.get(D);st.shadowIntensity=Q.intensity,st.shadowBias=Q.bias,st.shadowNormalBias=Q.normalBias,st.shadowRadius=Q.radius,st.shadowMapSize=Q.mapSize,n.directionalShadow[g]=st,n.directionalShadowMap[g]=ot,n.directionalShadowMatrix[g]=D.shadow.matrix,R++}n.directional[g]=K,g++}else if(D.isSpotLight){let K=t.get(D);K.position.setFromMatrixPosition(D.matrixWorld),K.color.copy(G).multiplyScalar(Y),K.distance=J,K.coneCos=Math.cos(D.angle),K.penumbraCos=Math.cos(D.angle*(1-D.penumbra)),K.decay=D.decay,n.spot[b]=K;let Q=D.shadow;if(D.map&&(n.spotLightMap[T]=D.map,T++,Q.updateMatrices(D),D.castShadow&&B++),n.spotLightMatrix[b]=Q.matrix,D.castShadow){let st=e.get(D);st.shadowIntensity=Q.intensity,st.shadowBias=Q.bias,st.shadowNormalBias=Q.normalBias,st.shadowRadius=Q.radius,st.shadowMapSize=Q.mapSize,n.spotShadow[b]=st,n.spotShadowMap[b]=ot,x++}b++}else if(D.isRectAreaLight){let K=t.get(D);K.color.copy(G).multiplyScalar(Y),K.halfWidth.set(D.width*.5,0,0),K.halfHeight.set(0,D.height*.5,0),n.rectArea[A]=K,A++}else if(D.isPointLight){let K=t.get(D);if(K.color.copy(D.color).multiplyScalar(D.intensity),K.distance=D.distance,K.decay=D.decay,D.castShadow){let Q=D.shadow,st=e.get(D);st.shadowIntensity=Q.intensity,st.shadowBias=Q.bias,st.shadowNormalBias=Q.normalBias,st.shadowRadius=Q.radius,st.shadowMapSize=Q.mapSize,st.shadowCameraNear=Q.camera.near,st.shadowCameraFar=Q.camera.far,n.pointShadow[p]=st,n.pointShadowMap[p]=ot,n.pointShadowMatrix[p]=D.shadow.matrix,y++}n.point[p]=K,p++}else if(D.isHemisphereLight){let K=t.get(D);K.skyColor.copy(D.color).multiplyScalar(Y),K.groundColor.copy(D.groundColor).multiplyScalar(Y),n.hemi[M]=K,M++}}A>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=Et.LTC_FLOAT_1,n.rectAreaLTC2=Et.LTC_FLOAT_2):(n.rectAreaLTC1=Et.LTC_HALF_1,n.rectAreaLTC2=Et.LTC_HALF_2)),n.ambient[0]=h,n.ambient[1]=u,n.ambient[2]=f;let z=n.hash;(z.sunLength!==d||z.directionalLength!==g||z.pointLength!==p||z.spotLength!==b||z.rectAreaLength!==A||z.hemiLength!==M||z.numSunShadows!==_||z.numDirectionalShadows!==R||z.numPointShadows!==y||z.numSpotShadows!==x||z.numSpotMaps!==T||z.numLightProbes!==U)&&(n.sun.length=d,n.directional.length=g,n.spot.length=b,n.rectArea.length=A,n.point.length=p,n.hemi.length=M,n.sunShadow.length=_,n.sunShadowMap.length=_,n.sunShadowMatrix.length=E,n.sunShadowCascade.length=E,n.directionalShadow.length=R,n.directionalShadowMap.length=R,n.directionalShadowMatrix.length=R,n.pointShadow.length=y,n.pointShadowMap.length=y,n.pointShadowMatrix.length=y,n.spotShadow.length=x,n.spotShadowMap.length=x,n.spotLightMatrix.length=x+T-B,n.spotLightMap.length=T,n.numSpotLightShadowsWithMaps=B,n.numLightProbes=U,z.sunLength=d,z.directionalLength=g,z.pointLength=p,z.spotLength=b,z.rectAreaLength=A,z.hemiLength=M,z.numSunShadows=_,z.numDirectionalShadows=R,z.numPointShadows=y,z.numSpotShadows=x,z.numSpotMaps=T,z.numLightProbes=U,n.version=_S++)}function l(c,h){let u=0,f=0,d=0,_=0,E=0,g=0,p=h.matrixWorldInverse;for(let b=0,A=c.length;b<A;b++){let M=c[b];if(M.isSunLight){let R=n.sun[u];R.direction.setFromMatrixPosition(M.matrixWorld),R.direction.transformDirection(p),u++}else if(M.isDirectionalLight){let R=n.directional[f];R.direction.setFromMatrixPosition(M.matrixWorld),s.setFromMatrixPosition(M.target.matrixWorld),R.direction.sub(s),R.direction.transformDirection(p),f++}else if(M.isSpotLight){let R=n.spot[_];R.position.setFromMatrixPosition(M.matrixWorld),R.position.applyMatrix4(p),R.direction.setFromMatrixPosition(M.matrixWorld),s.setFromMatrixPosition(M.target.matrixWorld),R.direction.sub(s),R.direction.transformDirection(p),_++}else if(M.isRectAreaLight){let R=n.rectArea[E];R.position.setFromMatrixPosition(M.matrixWorld),R.position.applyMatrix4(p),o.identity(),r.copy(M.matrixWorld),r.premultiply(p),o.extractRotation(r),R.halfWidth.set(M.width*.5,0,0),R.halfHeight.set(0,M.height*.5,0),R.halfWidth.applyMatrix4(o),R.halfHeight.applyMatrix4(o),E++}else if(M.isPointLight){let R=n.point[d];R.position.setFromMatrixPosition(M.matrixWorld),R.position.applyMatrix4(p),d++}else if(M.isHemisphereLight){let R=n.hemi[g];R.direction.setFromMatrixPosition(M.matrixWorld),R.direction.transformDirection(p),g++}}}return{setup:a,setupView:l,state:n}}function ep(i){let t=new yS(i),e=[],n=[],s=[];function r(u){h.camera=u,e.length=0,n.length=0,s.length=0}function o(u){u.isLightProbeGrid?s.push(u):e.push(u)}function a(u){n.push(u)}function l(){t.setup(e),s.sort((u,f)=>u.priority-f.priority||u.id-f.id)}function c(u){t.setupView(e,u)}let h={lightsArray:e,shadowsArray:n,lightProbeGridArray:s,camera:null,lights:t,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:h,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function vS(i){let t=new WeakMap;function e(s,r=0){let o=t.get(s),a;return o===void 0?(a=new ep(i),t.set(s,[a])):r>=o.length?(a=new ep(i),o.push(a)):a=o[r],a}function n(){t=new WeakMap}return{get:e,dispose:n}}var SS=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,wS=`uniform sampler2D shadow_pass;
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
}`,MS=[new V(1,0,0),new V(-1,0,0),new V(0,1,0),new V(0,-1,0),new V(0,0,1),new V(0,0,-1)],bS=[new V(0,-1,0),new V(0,-1,0),new V(0,0,1),new V(0,0,-1),new V(0,-1,0),new V(0,-1,0)],np=new Te,to=new V,zh=new V;function ES(i,t,e){let n=new Li,s=new Ot,r=new Ot,o=new Ce,a=new Aa,l=new Ta,c={},h=e.maxTextureSize,u={[Bi]:un,[un]:Bi,[Qn]:Qn},f=new jn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Ot},radius:{value:4}},vertexShader:SS,fragmentShader:wS}),d=f.clone();d.defines.HORIZONTAL_PASS=1;let _=new Mn;_.setAttribute("position",new Je(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let E=new hn(_,f),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Xr;let p=this.type;this.render=function(y,x,T){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||y.length===0)return;this.type===Jf&&(zt("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Xr);let B=i.getRenderTarget(),U=i.getActiveCubeFace(),z=i.getActiveMipmapLevel(),N=i.state;N.setBlending(is),N.buffers.depth.getReversed()===!0?N.buffers.color.setClear(0,0,0,0):N.buffers.color.setClear(1,1,1,1),N.buffers.depth.setTest(!0),N.setScissorTest(!1);let $=p!==this.type;$&&x.traverse(function(D){D.material&&(Array.isArray(D.material)?D.material.forEach(G=>G.needsUpdate=!0):D.material.needsUpdate=!0)});for(let D=0,G=y.length;D<G;D++){let Y=y[D],J=Y.shadow;if(J===void 0){zt("WebGLShadowMap:",Y,"has no shadow.");continue}if(J.autoUpdate===!1&&J.needsUpdate===!1)continue;s.copy(J.mapSize);let ot=J.getFrameExtents();s.multiply(ot),r.copy(J.mapSize),(s.x>h||s.y>h)&&(s.x>h&&(r.x=Math.floor(h/ot.x),s.x=r.x*ot.x,J.mapSize.x=r.x),s.y>h&&(r.y=Math.floor(h/ot.y),s.y=r.y*ot.y,J.mapSize.y=r.y));let K=i.state.buffers.depth.getReversed();if(J.camera._reversedDepth=K,J.map===null||$===!0){if(J.map!==null&&(J.map.depthTexture!==null&&(J.map.depthTexture.dispose(),J.map.depthTexture=null),J.map.dispose()),this.type===qs){if(Y.isPointLight){zt("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}J.map=new wn(s.x,s.y,{format:ki,type:Hn,minFilter:ln,magFilter:ln,generateMipmaps:!1}),J.map.texture.name=Y.name+".shadowMap",J.map.depthTexture=new _i(s.x,s.y,Vn),J.map.depthTexture.name=Y.name+".shadowMapDepth",J.map.depthTexture.format=mi,J.map.depthTexture.compareFunction=null,J.map.depthTexture.minFilter=$e,J.map.depthTexture.magFilter=$e}else Y.isPointLight?(J.map=new no(s.x),J.map.depthTexture=new Ur(s.x,Gn)):(J.map=new wn(s.x,s.y),J.map.depthTexture=new _i(s.x,s.y,Gn)),J.map.depthTexture.name=Y.name+".shadowMap",J.map.depthTexture.format=mi,this.type===Xr?(J.map.depthTexture.compareFunction=K?Ch:Rh,J.map.depthTexture.minFilter=ln,J.map.depthTexture.magFilter=ln):(J.map.depthTexture.compareFunction=null,J.map.depthTexture.minFilter=$e,J.map.depthTexture.magFilter=$e);J.camera.updateProjectionMatrix()}J.map.isWebGLCubeRenderTarget!==!0&&(J.map.width!==s.x||J.map.height!==s.y)&&J.map.setSize(s.x,s.y);let Q=J.map.isWebGLCubeRenderTarget?6:J.getViewportCount();Y.isPointLight!==!0&&J.updateMatrices(Y,T);let st=(J.camera.layers.mask&4294967294)!==0?J.camera.layers:T.layers;for(let At=0;At<Q;At++){let Bt=J.getCamera(At);if(Y.isPointLight){let tt=J.camera,St=J.matrix,Mt=Y.distance||tt.far;Mt!==tt.far&&(tt.far=Mt,tt.updateProjectionMatrix()),to.setFromMatrixPosition(Y.matrixWorld),tt.position.copy(to),zh.copy(tt.position),zh.add(MS[At]),tt.up.copy(bS[At]),tt.lookAt(zh),tt.updateMatrixWorld(),St.makeTranslation(-to.x,-to.y,-to.z),np.multiplyMatrices(tt.projectionMatrix,tt.matrixWorldInverse),J._frustum.setFromProjectionMatrix(np,tt.coordinateSystem,tt.reversedDepth)}if(J.map.isWebGLCubeRenderTarget)i.setRenderTarget(J.map,At),i.clear();else{At===0&&(i.setRenderTarget(J.map),i.clear());let tt=J.getViewport(At);o.set(r.x*tt.x,r.y*tt.y,r.x*tt.z,r.y*tt.w),N.viewport(o)}n=J.getFrustum(At),M(x,T,Bt,Y,st,this.type)}J.isPointLightShadow!==!0&&this.type===qs&&b(J,T),J.needsUpdate=!1}p=this.type,g.needsUpdate=!1,i.setRenderTarget(B,U,z)};function b(y,x){let T=t.update(E);f.defines.VSM_SAMPLES!==y.blurSamples&&(f.defines.VSM_SAMPLES=y.blurSamples,d.defines.VSM_SAMPLES=y.blurSamples,f.needsUpdate=!0,d.needsUpdate=!0),y.mapPass===null?y.mapPass=new wn(s.x,s.y,{format:ki,type:Hn}):(y.mapPass.width!==y.map.width||y.mapPass.height!==y.map.height)&&y.mapPass.setSize(y.map.width,y.map.height),f.uniforms.shadow_pass.value=y.map.depthTexture,f.uniforms.resolution.value.set(y.map.width,y.map.height),f.uniforms.radius.value=y.radius,i.setRenderTarget(y.mapPass),i.clear(),i.renderBufferDirect(x,null,T,f,E,null),d.uniforms.shadow_pass.value=y.mapPass.texture,d.uniforms.resolution.value.set(y.map.width,y.map.height),d.uniforms.radius.value=y.radius,i.setRenderTarget(y.map),i.clear(),i.renderBufferDirect(x,null,T,d,E,null)}function A(y,x,T,B){let U=null,z=T.isPointLight===!0?y.customDistanceMaterial:y.customDepthMaterial;if(z!==void 0)U=z;else if(U=T.isPointLight===!0?l:a,i.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let N=U.uuid,$=x.uuid,D=c[N];D===void 0&&(D={},c[N]=D);let G=D[$];G===void 0&&(G=U.clone(),D[$]=G,x.addEventListener("dispose",R)),U=G}if(U.visible=x.visible,U.wireframe=x.wireframe,B===qs?U.side=x.shadowSide!==null?x.shadowSide:x.side:U.side=x.shadowSide!==null?x.shadowSide:u[x.side],U.alphaMap=x.alphaMap,U.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,U.map=x.map,U.clipShadows=x.clipShadows,U.clippingPlanes=x.clippingPlanes,U.clipIntersection=x.clipIntersection,U.displacementMap=x.displacementMap,U.displacementScale=x.displacementScale,U.displacementBias=x.displacementBias,U.wireframeLinewidth=x.wireframeLinewidth,U.linewidth=x.linewidth,T.isPointLight===!0&&U.isMeshDistanceMaterial===!0){let N=i.properties.get(U);N.light=T}return U}function M(y,x,T,B,U,z){if(y.visible===!1)return;if(y.layers.test(U)&&(y.isMesh||y.isLine||y.isPoints)&&(y.castShadow||y.receiveShadow&&z===qs)&&(!y.frustumCulled||y.intersectsFrustum(n))){y.modelViewMatrix.multiplyMatrices(T.matrixWorldInverse,y.matrixWorld);let D=t.update(y),G=y.material;if(Array.isArray(G)){let Y=D.groups;for(let J=0,ot=Y.length;J<ot;J++){let K=Y[J],Q=G[K.materialIndex];if(Q&&Q.visible){let st=A(y,Q,B,z);y.onBeforeShadow(i,y,x,T,D,st,K),i.renderBufferDirect(T,null,D,st,y,K),y.onAfterShadow(i,y,x,T,D,st,K)}}}else if(G.visible){let Y=A(y,G,B,z);y.onBeforeShadow(i,y,x,T,D,Y,null),i.renderBufferDirect(T,null,D,Y,y,null),y.onAfterShadow(i,y,x,T,D,Y,null)}}let $=y.children;for(let D=0,G=$.length;D<G;D++)M($[D],x,T,B,U,z)}function R(y){y.target.removeEventListener("dispose",R);for(let T in c){let B=c[T],U=y.target.uuid;U in B&&(B[U].dispose(),delete B[U])}}}function AS(i,t){function e(){let L=!1,it=new Ce,j=null,mt=new Ce(0,0,0,0);return{setMask:function(ct){j!==ct&&!L&&(i.colorMask(ct,ct,ct,ct),j=ct)},setLocked:function(ct){L=ct},setClear:function(ct,ut,Dt,qt,lt){lt===!0&&(ct*=qt,ut*=qt,Dt*=qt),it.set(ct,ut,Dt,qt),mt.equals(it)===!1&&(i.clearColor(ct,ut,Dt,qt),mt.copy(it))},reset:function(){L=!1,j=null,mt.set(-1,0,0,0)}}}function n(){let L=!1,it=!1,j=null,mt=null,ct=null;return{setReversed:function(ut){if(it!==ut){let Dt=t.get("EXT_clip_control");ut?Dt.clipControlEXT(Dt.LOWER_LEFT_EXT,Dt.ZERO_TO_ONE_EXT):Dt.clipControlEXT(Dt.LOWER_LEFT_EXT,Dt.NEGATIVE_ONE_TO_ONE_EXT),it=ut;let qt=ct;ct=null,this.setClear(qt)}},getReversed:function(){return it},setTest:function(ut){ut?gt(i.DEPTH_TEST):It(i.DEPTH_TEST)},setMask:function(ut){j!==ut&&!L&&(i.depthMask(ut),j=ut)},setFunc:function(ut){if(it&&(ut=Id[ut]),mt!==ut){switch(ut){case ea:i.depthFunc(i.NEVER);break;case na:i.depthFunc(i.ALWAYS);break;case ia:i.depthFunc(i.LESS);break;case Os:i.depthFunc(i.LEQUAL);break;case sa:i.depthFunc(i.EQUAL);break;case ra:i.depthFunc(i.GEQUAL);break;case oa:i.depthFunc(i.GREATER);break;case aa:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}mt=ut}},setLocked:function(ut){L=ut},setClear:function(ut){ct!==ut&&(ct=ut,it&&(ut=1-ut),i.clearDepth(ut))},reset:function(){L=!1,j=null,mt=null,ct=null,it=!1}}}function s(){let L=!1,it=null,j=null,mt=null,ct=null,ut=null,Dt=null,qt=null,lt=null;return{setTest:function(Nt){L||(Nt?gt(i.STENCIL_TEST):It(i.STENCIL_TEST))},setMask:function(Nt){it!==Nt&&!L&&(i.stencilMask(Nt),it=Nt)},setFunc:function(Nt,$t,wt){(j!==Nt||mt!==$t||ct!==wt)&&(i.stencilFunc(Nt,$t,wt),j=Nt,mt=$t,ct=wt)},setOp:function(Nt,$t,wt){(ut!==Nt||Dt!==$t||qt!==wt)&&(i.stencilOp(Nt,$t,wt),ut=Nt,Dt=$t,qt=wt)},setLocked:function(Nt){L=Nt},setClear:function(Nt){lt!==Nt&&(i.clearStencil(Nt),lt=Nt)},reset:function(){L=!1,it=null,j=null,mt=null,ct=null,ut=null,Dt=null,qt=null,lt=null}}}let r=new e,o=new n,a=new s,l={},c=new WeakMap,h={},u={},f={},d=new WeakMap,_=[],E=null,g=!1,p=null,b=null,A=null,M=null,R=null,y=null,x=null,T=new Jt(0,0,0),B=0,U=!1,z=null,N=null,$=null,D=null,G=null,Y=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),J=!1,ot=0,K=i.getParameter(i.VERSION);K.indexOf("WebGL")!==-1?(ot=parseFloat(/^WebGL (\d)/.exec(K)[1]),J=ot>=1):K.indexOf("OpenGL ES")!==-1&&(ot=parseFloat(/^OpenGL ES (\d)/.exec(K)[1]),J=ot>=2);let Q=null,st={},At=i.getParameter(i.SCISSOR_BOX),Bt=i.getParameter(i.VIEWPORT),tt=new Ce().fromArray(At),St=new Ce().fromArray(Bt);function Mt(L,it,j,mt){let ct=new Uint8Array(4),ut=i.createTexture();i.bindTexture(L,ut),i.texParameteri(L,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(L,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Dt=0;Dt<j;Dt++)L===i.TEXTURE_3D||L===i.TEXTURE_2D_ARRAY?i.texImage3D(it,0,i.RGBA,1,1,mt,0,i.RGBA,i.UNSIGNED_BYTE,ct):i.texImage2D(it+Dt,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,ct);return ut}let Ct={};Ct[i.TEXTURE_2D]=Mt(i.TEXTURE_2D,i.TEXTURE_2D,1),Ct[i.TEXTURE_CUBE_MAP]=Mt(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),Ct[i.TEXTURE_2D_ARRAY]=Mt(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),Ct[i.TEXTURE_3D]=Mt(i.TEXTURE_3D,i.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),a.setClear(0),gt(i.DEPTH_TEST),o.setFunc(Os),Ye(!1),pe(oh),gt(i.CULL_FACE),Se(is);function gt(L){h[L]!==!0&&(i.enable(L),h[L]=!0)}function It(L){h[L]!==!1&&(i.disable(L),h[L]=!1)}function Gt(L,it){return f[L]!==it?(i.bindFramebuffer(L,it),f[L]=it,L===i.DRAW_FRAMEBUFFER&&(f[i.FRAMEBUFFER]=it),L===i.FRAMEBUFFER&&(f[i.DRAW_FRAMEBUFFER]=it),!0):!1}function dt(L,it){let j=_,mt=!1;if(L){j=d.get(it),j===void 0&&(j=[],d.set(it,j));let ct=L.textures;if(j.length!==ct.length||j[0]!==i.COLOR_ATTACHMENT0){for(let ut=0,Dt=ct.length;ut<Dt;ut++)j[ut]=i.COLOR_ATTACHMENT0+ut;j.length=ct.length,mt=!0}}else j[0]!==i.BACK&&(j[0]=i.BACK,mt=!0);mt&&i.drawBuffers(j)}function le(L){return E!==L?(i.useProgram(L),E=L,!0):!1}let fe={[ss]:i.FUNC_ADD,[jf]:i.FUNC_SUBTRACT,[Qf]:i.FUNC_REVERSE_SUBTRACT};fe[td]=i.MIN,fe[ed]=i.MAX;let Kt={[nd]:i.ZERO,[id]:i.ONE,[sd]:i.SRC_COLOR,[hh]:i.SRC_ALPHA,[hd]:i.SRC_ALPHA_SATURATE,[ld]:i.DST_COLOR,[od]:i.DST_ALPHA,[rd]:i.ONE_MINUS_SRC_COLOR,[uh]:i.ONE_MINUS_SRC_ALPHA,[cd]:i.ONE_MINUS_DST_COLOR,[ad]:i.ONE_MINUS_DST_ALPHA,[ud]:i.CONSTANT_COLOR,[fd]:i.ONE_MINUS_CONSTANT_COLOR,[dd]:i.CONSTANT_ALPHA,[pd]:i.ONE_MINUS_CONSTANT_ALPHA};function Se(L,it,j,mt,ct,ut,Dt,qt,lt,Nt){if(L===is){g===!0&&(It(i.BLEND),g=!1);return}if(g===!1&&(gt(i.BLEND),g=!0),L!==Kf){if(L!==p||Nt!==U){if((b!==ss||R!==ss)&&(i.blendEquation(i.FUNC_ADD),b=ss,R=ss),Nt)switch(L){case Ys:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case ah:i.blendFunc(i.ONE,i.ONE);break;case lh:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case ch:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:Ht("WebGLState: Invalid blending: ",L);break}else switch(L){case Ys:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case ah:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case lh:Ht("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case ch:Ht("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Ht("WebGLState: Invalid blending: ",L);break}A=null,M=null,y=null,x=null,T.set(0,0,0),B=0,p=L,U=Nt}return}ct=ct||it,ut=ut||j,Dt=Dt||mt,(it!==b||ct!==R)&&(i.blendEquationSeparate(fe[it],fe[ct]),b=it,R=ct),(j!==A||mt!==M||ut!==y||Dt!==x)&&(i.blendFuncSeparate(Kt[j],Kt[mt],Kt[ut],Kt[Dt]),A=j,M=mt,y=ut,x=Dt),(qt.equals(T)===!1||lt!==B)&&(i.blendColor(qt.r,qt.g,qt.b,lt),T.copy(qt),B=lt),p=L,U=!1}function Ee(L,it){L.side===Qn?It(i.CULL_FACE):gt(i.CULL_FACE);let j=L.side===un;it&&(j=!j),Ye(j),L.blending===Ys&&L.transparent===!1?Se(is):Se(L.blending,L.blendEquation,L.blendSrc,L.blendDst,L.blendEquationAlpha,L.blendSrcAlpha,L.blendDstAlpha,L.blendColor,L.blendAlpha,L.premultipliedAlpha),o.setFunc(L.depthFunc),o.setTest(L.depthTest),o.setMask(L.depthWrite),r.setMask(L.colorWrite);let mt=L.stencilWrite;a.setTest(mt),mt&&(a.setMask(L.stencilWriteMask),a.setFunc(L.stencilFunc,L.stencilRef,L.stencilFuncMask),a.setOp(L.stencilFail,L.stencilZFail,L.stencilZPass)),De(L.polygonOffset,L.polygonOffsetFactor,L.polygonOffsetUnits),L.alphaToCoverage===!0?gt(i.SAMPLE_ALPHA_TO_COVERAGE):It(i.SAMPLE_ALPHA_TO_COVERAGE)}function Ye(L){z!==L&&(L?i.frontFace(i.CW):i.frontFace(i.CCW),z=L)}function pe(L){L!==Yf?(gt(i.CULL_FACE),L!==N&&(L===oh?i.cullFace(i.BACK):L===Zf?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):It(i.CULL_FACE),N=L}function _n(L){L!==$&&(J&&i.lineWidth(L),$=L)}function De(L,it,j){L?(gt(i.POLYGON_OFFSET_FILL),(D!==it||G!==j)&&(D=it,G=j,o.getReversed()&&(it=-it,j=-j),i.polygonOffset(it,j))):It(i.POLYGON_OFFSET_FILL)}function nn(L){L?gt(i.SCISSOR_TEST):It(i.SCISSOR_TEST)}function sn(L){L===void 0&&(L=i.TEXTURE0+Y-1),Q!==L&&(i.activeTexture(L),Q=L)}function Ue(L,it,j){j===void 0&&(Q===null?j=i.TEXTURE0+Y-1:j=Q);let mt=st[j];mt===void 0&&(mt={type:void 0,texture:void 0},st[j]=mt),(mt.type!==L||mt.texture!==it)&&(Q!==j&&(i.activeTexture(j),Q=j),i.bindTexture(L,it||Ct[L]),mt.type=L,mt.texture=it)}function k(){let L=st[Q];L!==void 0&&L.type!==void 0&&(i.bindTexture(L.type,null),L.type=void 0,L.texture=void 0)}function kt(){try{i.compressedTexImage2D(...arguments)}catch(L){Ht("WebGLState:",L)}}function we(){try{i.compressedTexImage3D(...arguments)}catch(L){Ht("WebGLState:",L)}}function ge(){try{i.texSubImage2D(...arguments)}catch(L){Ht("WebGLState:",L)}}function xt(){try{i.texSubImage3D(...arguments)}catch(L){Ht("WebGLState:",L)}}function Ne(){try{i.compressedTexSubImage2D(...arguments)}catch(L){Ht("WebGLState:",L)}}function Ut(){try{i.compressedTexSubImage3D(...arguments)}catch(L){Ht("WebGLState:",L)}}function Vt(){try{i.texStorage2D(...arguments)}catch(L){Ht("WebGLState:",L)}}function C(){try{i.texStorage3D(...arguments)}catch(L){Ht("WebGLState:",L)}}function v(){try{i.texImage2D(...arguments)}catch(L){Ht("WebGLState:",L)}}function W(){try{i.texImage3D(...arguments)}catch(L){Ht("WebGLState:",L)}}function at(L){return u[L]!==void 0?u[L]:i.getParameter(L)}function rt(L,it){u[L]!==it&&(i.pixelStorei(L,it),u[L]=it)}function pt(L){tt.equals(L)===!1&&(i.scissor(L.x,L.y,L.z,L.w),tt.copy(L))}function yt(L){St.equals(L)===!1&&(i.viewport(L.x,L.y,L.z,L.w),St.copy(L))}function et(L,it){let j=c.get(it);j===void 0&&(j=new WeakMap,c.set(it,j));let mt=j.get(L);mt===void 0&&(mt=i.getUniformBlockIndex(it,L.name),i.uniformBlockBinding(it,mt,mt),j.set(L,mt))}function nt(L,it,j){let ct=c.get(it).get(L);l[ct]!==j&&(i.bindBufferBase(i.UNIFORM_BUFFER,ct,j),l[ct]=j)}function _t(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),h={},u={},Q=null,st={},f={},l={},d=new WeakMap,_=[],E=null,g=!1,p=null,b=null,A=null,M=null,R=null,y=null,x=null,T=new Jt(0,0,0),B=0,U=!1,z=null,N=null,$=null,D=null,G=null,tt.set(0,0,i.canvas.width,i.canvas.height),St.set(0,0,i.canvas.width,i.canvas.height),r.reset(),o.reset(),a.reset()}return{buffers:{color:r,depth:o,stencil:a},enable:gt,disable:It,bindFramebuffer:Gt,drawBuffers:dt,useProgram:le,setBlending:Se,setMaterial:Ee,setFlipSided:Ye,setCullFace:pe,setLineWidth:_n,setPolygonOffset:De,setScissorTest:nn,activeTexture:sn,bindTexture:Ue,unbindTexture:k,compressedTexImage2D:kt,compressedTexImage3D:we,texImage2D:v,texImage3D:W,pixelStorei:rt,getParameter:at,updateUBOMapping:et,uniformBlockBinding:nt,texStorage2D:Vt,texStorage3D:C,texSubImage2D:ge,texSubImage3D:xt,compressedTexSubImage2D:Ne,compressedTexSubImage3D:Ut,scissor:pt,viewport:yt,reset:_t}}function TS(i,t,e,n,s,r,o){let a=t.has("WEBGL_multisampled_render_to_texture")?t.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Ot,h=new WeakMap,u=new Set,f,d=new WeakMap,_=new Set,E=new FinalizationRegistry(C=>_.delete(C)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function p(C,v){return g?new OffscreenCanvas(C,v):Rr("canvas")}function b(C,v,W){let at=1,rt=Vt(C);if((rt.width>W||rt.height>W)&&(at=W/Math.max(rt.width,rt.height)),at<1)if(typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&C instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&C instanceof ImageBitmap||typeof VideoFrame<"u"&&C instanceof VideoFrame){let pt=Math.floor(at*rt.width),yt=Math.floor(at*rt.height);f===void 0&&(f=p(pt,yt));let et=v?p(pt,yt):f;return et.width=pt,et.height=yt,et.getContext("2d").drawImage(C,0,0,pt,yt),zt("WebGLRenderer: Texture has been resized from ("+rt.width+"x"+rt.height+") to ("+pt+"x"+yt+")."),et}else return"data"in C&&zt("WebGLRenderer: Image in DataTexture is too big ("+rt.width+"x"+rt.height+")."),C;return C}function A(C){return C.generateMipmaps}function M(C){i.generateMipmap(C)}function R(C){return C.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:C.isWebGL3DRenderTarget?i.TEXTURE_3D:C.isWebGLArrayRenderTarget||C.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function y(C,v,W,at,rt,pt=!1){if(C!==null){if(i[C]!==void 0)return i[C];zt("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+C+"'")}let yt;at&&(yt=t.get("EXT_texture_norm16"),yt||zt("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let et=v;if(v===i.RED&&(W===i.FLOAT&&(et=i.R32F),W===i.HALF_FLOAT&&(et=i.R16F),W===i.UNSIGNED_BYTE&&(et=i.R8),W===i.UNSIGNED_SHORT&&yt&&(et=yt.R16_EXT),W===i.SHORT&&yt&&(et=yt.R16_SNORM_EXT)),v===i.RED_INTEGER&&(W===i.UNSIGNED_BYTE&&(et=i.R8UI),W===i.UNSIGNED_SHORT&&(et=i.R16UI),W===i.UNSIGNED_INT&&(et=i.R32UI),W===i.BYTE&&(et=i.R8I),W===i.SHORT&&(et=i.R16I),W===i.INT&&(et=i.R32I)),v===i.RG&&(W===i.FLOAT&&(et=i.RG32F),W===i.HALF_FLOAT&&(et=i.RG16F),W===i.UNSIGNED_BYTE&&(et=i.RG8),W===i.UNSIGNED_SHORT&&yt&&(et=yt.RG16_EXT),W===i.SHORT&&yt&&(et=yt.RG16_SNORM_EXT)),v===i.RG_INTEGER&&(W===i.UNSIGNED_BYTE&&(et=i.RG8UI),W===i.UNSIGNED_SHORT&&(et=i.RG16UI),W===i.UNSIGNED_INT&&(et=i.RG32UI),W===i.BYTE&&(et=i.RG8I),W===i.SHORT&&(et=i.RG16I),W===i.INT&&(et=i.RG32I)),v===i.RGB_INTEGER&&(W===i.UNSIGNED_BYTE&&(et=i.RGB8UI),W===i.UNSIGNED_SHORT&&(et=i.RGB16UI),W===i.UNSIGNED_INT&&(et=i.RGB32UI),W===i.BYTE&&(et=i.RGB8I),W===i.SHORT&&(et=i.RGB16I),W===i.INT&&(et=i.RGB32I)),v===i.RGBA_INTEGER&&(W===i.UNSIGNED_BYTE&&(et=i.RGBA8UI),W===i.UNSIGNED_SHORT&&(et=i.RGBA16UI),W===i.UNSIGNED_INT&&(et=i.RGBA32UI),W===i.BYTE&&(et=i.RGBA8I),W===i.SHORT&&(et=i.RGBA16I),W===i.INT&&(et=i.RGBA32I)),v===i.RGB&&(W===i.UNSIGNED_SHORT&&yt&&(et=yt.RGB16_EXT),W===i.SHORT&&yt&&(et=yt.RGB16_SNORM_EXT),W===i.UNSIGNED_INT_5_9_9_9_REV&&(et=i.RGB9_E5),W===i.UNSIGNED_INT_10F_11F_11F_REV&&(et=i.R11F_G11F_B10F)),v===i.RGBA){let nt=pt?Tr:ae.getTransfer(rt);W===i.FLOAT&&(et=i.RGBA32F),W===i.HALF_FLOAT&&(et=i.RGBA16F),W===i.UNSIGNED_BYTE&&(et=nt===me?i.SRGB8_ALPHA8:i.RGBA8),W===i.UNSIGNED_SHORT&&yt&&(et=yt.RGBA16_EXT),W===i.SHORT&&yt&&(et=yt.RGBA16_SNORM_EXT),W===i.UNSIGNED_SHORT_4_4_4_4&&(et=i.RGBA4),W===i.UNSIGNED_SHORT_5_5_5_1&&(et=i.RGB5_A1)}return(et===i.R16F||et===i.R32F||et===i.RG16F||et===i.RG32F||et===i.RGBA16F||et===i.RGBA32F)&&t.get("EXT_color_buffer_float"),et}function x(C,v){let W;return C?v===null||v===Gn||v===os?W=i.DEPTH24_STENCIL8:v===Vn?W=i.DEPTH32F_STENCIL8:v===Js&&(W=i.DEPTH24_STENCIL8,zt("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):v===null||v===Gn||v===os?W=i.DEPTH_COMPONENT24:v===Vn?W=i.DEPTH_COMPONENT32F:v===Js&&(W=i.DEPTH_COMPONENT16),W}function T(C,v){return A(C)===!0||C.isFramebufferTexture&&C.minFilter!==$e&&C.minFilter!==ln?Math.log2(Math.max(v.width,v.height))+1:C.mipmaps.length>0?C.mipmaps.length:C.isCompressedTexture&&Array.isArray(C.image)?v.mipmaps.length:1}function B(C){let v=new WeakRef(C);n.get(C).__ref=v,_.add(v),E.register(C,v,v)}function U(C){let v=n.get(C).__ref;v!==void 0&&(_.delete(v),E.unregister(v))}function z(C){$(C.target)}function N(C){D(C.target)}function $(C){C.removeEventListener("dispose",z),U(C),Y(C),C.isVideoTexture&&h.delete(C),C.isHTMLTexture&&u.delete(C)}function D(C){C.removeEventListener("dispose",N),U(C),ot(C)}function G(){for(let C of _){let v=C.deref();v!==void 0&&(v.isRenderTarget===!0?D(v):$(v))}_.clear(),u.clear()}function Y(C){let v=n.get(C);if(v.__webglInit===void 0)return;let W=C.source,at=d.get(W);if(at){let rt=at[v.__cacheKey];rt.usedTimes--,rt.usedTimes===0&&J(C),Object.keys(at).length===0&&d.delete(W)}n.remove(C)}function J(C){let v=n.get(C);i.deleteTexture(v.__webglTexture);let W=C.source,at=d.get(W);delete at[v.__cacheKey],o.memory.textures--}function ot(C){let v=n.get(C);v.__depthDisposeCallback&&v.__depthDisposeCallback();let W=C.depthTexture;if(W&&W.renderTarget===C&&$(W),C.isWebGLCubeRenderTarget)for(let rt=0;rt<6;rt++){if(Array.isArray(v.__webglFramebuffer[rt]))for(let pt=0;pt<v.__webglFramebuffer[rt].length;pt++)i.deleteFramebuffer(v.__webglFramebuffer[rt][pt]);else i.deleteFramebuffer(v.__webglFramebuffer[rt]);v.__webglDepthbuffer&&i.deleteRenderbuffer(v.__webglDepthbuffer[rt])}else{if(Array.isArray(v.__webglFramebuffer))for(let rt=0;rt<v.__webglFramebuffer.length;rt++)i.deleteFramebuffer(v.__webglFramebuffer[rt]);else i.deleteFramebuffer(v.__webglFramebuffer);if(v.__webglDepthbuffer&&i.deleteRenderbuffer(v.__webglDepthbuffer),v.__webglMultisampledFramebuffer&&i.deleteFramebuffer(v.__webglMultisampledFramebuffer),v.__webglColorRenderbuffer)for(let rt=0;rt<v.__webglColorRenderbuffer.length;rt++)v.__webglColorRenderbuffer[rt]&&i.deleteRenderbuffer(v.__webglColorRenderbuffer[rt]);v.__webglDepthRenderbuffer&&i.deleteRenderbuffer(v.__webglDepthRenderbuffer)}let at=C.textures;for(let rt=0,pt=at.length;rt<pt;rt++){let yt=n.get(at[rt]);yt.__webglTexture&&(i.deleteTexture(yt.__webglTexture),o.memory.textures--),n.remove(at[rt])}n.remove(C)}let K=0;function Q(){K=0}function st(){return K}function At(C){K=C}function Bt(){let C=K;return C>=s.maxTextures&&zt("WebGLTextures: Trying to use "+(C+1)+" texture units while this GPU supports only "+s.maxTextures),K+=1,C}function tt(C){let v=[];return v.push(C.wrapS),v.push(C.wrapT),v.push(C.wrapR||0),v.push(C.magFilter),v.push(C.minFilter),v.push(C.anisotropy),v.push(C.internalFormat),v.push(C.format),v.push(C.type),v.push(C.generateMipmaps),v.push(C.mipmapsAutoUpdate),v.push(C.premultiplyAlpha),v.push(C.flipY),v.push(C.unpackAlignment),v.push(C.colorSpace),v.join()}function St(C,v){let W=n.get(C);if(C.isVideoTexture&&Ne(C),C.isRenderTargetTexture===!1&&C.isExternalTexture!==!0&&C.version>0&&W.__version!==C.version){let at=C.image;if(at===null)zt("WebGLRenderer: Texture marked for update but no image data found.");else if(at.complete===!1)zt("WebGLRenderer: Texture marked for update but image is incomplete");else{Ee(W,C,v);return}}else C.isExternalTexture&&(W.__webglTexture=C.sourceTexture?C.sourceTexture:null);e.bindTexture(i.TEXTURE_2D,W.__webglTexture,i.TEXTURE0+v)}function Mt(C,v){let W=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&W.__version!==C.version){Ee(W,C,v);return}else C.isExternalTexture&&(W.__webglTexture=C.sourceTexture?C.sourceTexture:null);e.bindTexture(i.TEXTURE_2D_ARRAY,W.__webglTexture,i.TEXTURE0+v)}function Ct(C,v){let W=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&W.__version!==C.version){Ee(W,C,v);return}e.bindTexture(i.TEXTURE_3D,W.__webglTexture,i.TEXTURE0+v)}function gt(C,v){let W=n.get(C);if(C.version>0&&W.__version!==C.version){Ye(W,C,v);return}e.bindTexture(i.TEXTURE_CUBE_MAP,W.__webglTexture,i.TEXTURE0+v)}let It={[la]:i.REPEAT,[Zn]:i.CLAMP_TO_EDGE,[ca]:i.MIRRORED_REPEAT},Gt={[$e]:i.NEAREST,[_d]:i.NEAREST_MIPMAP_NEAREST,[$r]:i.NEAREST_MIPMAP_LINEAR,[ln]:i.LINEAR,[Va]:i.LINEAR_MIPMAP_NEAREST,[xi]:i.LINEAR_MIPMAP_LINEAR},dt={[Sd]:i.NEVER,[Ih]:i.ALWAYS,[wd]:i.LESS,[Rh]:i.LEQUAL,[Md]:i.EQUAL,[Ch]:i.GEQUAL,[bd]:i.GREATER,[Ed]:i.NOTEQUAL};function le(C,v){if(v.type===Vn&&t.has("OES_texture_float_linear")===!1&&(v.magFilter===ln||v.magFilter===Va||v.magFilter===$r||v.magFilter===xi||v.minFilter===ln||v.minFilter===Va||v.minFilter===$r||v.minFilter===xi)&&zt("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(C,i.TEXTURE_WRAP_S,It[v.wrapS]),i.texParameteri(C,i.TEXTURE_WRAP_T,It[v.wrapT]),(C===i.TEXTURE_3D||C===i.TEXTURE_2D_ARRAY)&&i.texParameteri(C,i.TEXTURE_WRAP_R,It[v.wrapR]),i.texParameteri(C,i.TEXTURE_MAG_FILTER,Gt[v.magFilter]),i.texParameteri(C,i.TEXTURE_MIN_FILTER,Gt[v.minFilter]),v.compareFunction&&(i.texParameteri(C,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(C,i.TEXTURE_COMPARE_FUNC,dt[v.compareFunction])),t.has("EXT_texture_filter_anisotropic")===!0){if(v.magFilter===$e||v.minFilter!==$r&&v.minFilter!==xi||v.type===Vn&&t.has("OES_texture_float_linear")===!1)return;if(v.anisotropy>1||n.get(v).__currentAnisotropy){let W=t.get("EXT_texture_filter_anisotropic");i.texParameterf(C,W.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(v.anisotropy,s.getMaxAnisotropy())),n.get(v).__currentAnisotropy=v.anisotropy}}}function fe(C,v){let W=!1;C.__webglInit===void 0&&(C.__webglInit=!0,v.addEventListener("dispose",z),B(v));let at=v.source,rt=d.get(at);rt===void 0&&(rt={},d.set(at,rt));let pt=tt(v);if(pt!==C.__cacheKey){rt[pt]===void 0&&(rt[pt]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,W=!0),rt[pt].usedTimes++;let yt=rt[C.__cacheKey];yt!==void 0&&(rt[C.__cacheKey].usedTimes--,yt.usedTimes===0&&J(v)),C.__cacheKey=pt,C.__webglTexture=rt[pt].texture}return W}function Kt(C,v,W){return Math.floor(Math.floor(C/W)/v)}function Se(C,v,W,at){let pt=C.updateRanges;if(pt.length===0)e.texSubImage2D(i.TEXTURE_2D,0,0,0,v.width,v.height,W,at,v.data);else{pt.sort((L,it)=>L.start-it.start);let yt=0;for(let L=1;L<pt.length;L++){let it=pt[yt],j=pt[L],mt=it.start+it.count,ct=Kt(j.start,v.width,4),ut=Kt(it.start,v.width,4);j.start<=mt+1&&ct===ut&&Kt(j.start+j.count-1,v.width,4)===ct?it.count=Math.max(it.count,j.start+j.count-it.start):(++yt,pt[yt]=j)}pt.length=yt+1;let et=e.getParameter(i.UNPACK_ROW_LENGTH),nt=e.getParameter(i.UNPACK_SKIP_PIXELS),_t=e.getParameter(i.UNPACK_SKIP_ROWS);e.pixelStorei(i.UNPACK_ROW_LENGTH,v.width);for(let L=0,it=pt.length;L<it;L++){let j=pt[L],mt=Math.floor(j.start/4),ct=Math.ceil(j.count/4),ut=mt%v.width,Dt=Math.floor(mt/v.width),qt=ct,lt=1;e.pixelStorei(i.UNPACK_SKIP_PIXELS,ut),e.pixelStorei(i.UNPACK_SKIP_ROWS,Dt),e.texSubImage2D(i.TEXTURE_2D,0,ut,Dt,qt,lt,W,at,v.data)}C.clearUpdateRanges(),e.pixelStorei(i.UNPACK_ROW_LENGTH,et),e.pixelStorei(i.UNPACK_SKIP_PIXELS,nt),e.pixelStorei(i.UNPACK_SKIP_ROWS,_t)}}function Ee(C,v,W){let at=i.TEXTURE_2D;(v.isDataArrayTexture||v.isCompressedArrayTexture)&&(at=i.TEXTURE_2D_ARRAY),v.isData3DTexture&&(at=i.TEXTURE_3D);let rt=fe(C,v),pt=v.source;e.bindTexture(at,C.__webglTexture,i.TEXTURE0+W);let yt=n.get(pt);if(pt.version!==yt.__version||rt===!0){if(e.activeTexture(i.TEXTURE0+W),(typeof ImageBitmap<"u"&&v.image instanceof ImageBitmap)===!1){let lt=ae.getPrimaries(ae.workingColorSpace),Nt=v.colorSpace===vi?null:ae.getPrimaries(v.colorSpace),$t=v.colorSpace===vi||lt===Nt?i.NONE:i.BROWSER_DEFAULT_WEBGL;e.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,v.flipY),e.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,v.premultiplyAlpha),e.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,$t)}e.pixelStorei(i.UNPACK_ALIGNMENT,v.unpackAlignment);let nt=b(v.image,!1,s.maxTextureSize);nt=Ut(v,nt);let _t=r.convert(v.format,v.colorSpace),L=r.convert(v.type),it=y(v.internalFormat,_t,L,v.normalized,v.colorSpace,v.isVideoTexture);le(at,v);let j,mt=v.mipmaps,ct=v.isVideoTexture!==!0,ut=yt.__version===void 0||rt===!0,Dt=pt.dataReady,qt=T(v,nt);if(v.isDepthTexture)it=x(v.format===yi,v.type),ut&&(ct?e.texStorage2D(i.TEXTURE_2D,1,it,nt.width,nt.height):e.texImage2D(i.TEXTURE_2D,0,it,nt.width,nt.height,0,_t,L,null));else if(v.isDataTexture)if(mt.length>0){ct&&ut&&e.texStorage2D(i.TEXTURE_2D,qt,it,mt[0].width,mt[0].height);for(let lt=0,Nt=mt.length;lt<Nt;lt++)j=mt[lt],ct?Dt&&e.texSubImage2D(i.TEXTURE_2D,lt,0,0,j.width,j.height,_t,L,j.data):e.texImage2D(i.TEXTURE_2D,lt,it,j.width,j.height,0,_t,L,j.data);v.generateMipmaps=!1}else ct?(ut&&e.texStorage2D(i.TEXTURE_2D,qt,it,nt.width,nt.height),Dt&&Se(v,nt,_t,L)):e.texImage2D(i.TEXTURE_2D,0,it,nt.width,nt.height,0,_t,L,nt.data);else if(v.isCompressedTexture)if(v.isCompressedArrayTexture){ct&&ut&&e.texStorage3D(i.TEXTURE_2D_ARRAY,qt,it,mt[0].width,mt[0].height,nt.depth);for(let lt=0,Nt=mt.length;lt<Nt;lt++)if(j=mt[lt],v.format!==Wn)if(_t!==null)if(ct){if(Dt)if(v.layerUpdates.size>0){let $t=Bh(j.width,j.height,v.format,v.type);for(let wt of v.layerUpdates){let de=j.data.subarray(wt*$t/j.data.BYTES_PER_ELEMENT,(wt+1)*$t/j.data.BYTES_PER_ELEMENT);e.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,lt,0,0,wt,j.width,j.height,1,_t,de)}}else e.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,lt,0,0,0,j.width,j.height,nt.depth,_t,j.data)}else e.compressedTexImage3D(i.TEXTURE_2D_ARRAY,lt,it,j.width,j.height,nt.depth,0,j.data,0,0);else zt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else ct?Dt&&e.texSubImage3D(i.TEXTURE_2D_ARRAY,lt,0,0,0,j.width,j.height,nt.depth,_t,L,j.data):e.texImage3D(i.TEXTURE_2D_ARRAY,lt,it,j.width,j.height,nt.depth,0,_t,L,j.data);v.layerUpdates.size>0&&v.clearLayerUpdates()}else{ct&&ut&&e.texStorage2D(i.TEXTURE_2D,qt,it,mt[0].width,mt[0].height);for(let lt=0,Nt=mt.length;lt<Nt;lt++)j=mt[lt],v.format!==Wn?_t!==null?ct?Dt&&e.compressedTexSubImage2D(i.TEXTURE_2D,lt,0,0,j.width,j.height,_t,j.data):e.compressedTexImage2D(i.TEXTURE_2D,lt,it,j.width,j.height,0,j.data):zt("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):ct?Dt&&e.texSubImage2D(i.TEXTURE_2D,lt,0,0,j.width,j.height,_t,L,j.data):e.texImage2D(i.TEXTURE_2D,lt,it,j.width,j.height,0,_t,L,j.data)}else if(v.isDataArrayTexture)if(ct){if(ut&&e.texStorage3D(i.TEXTURE_2D_ARRAY,qt,it,nt.width,nt.height,nt.depth),Dt)if(v.layerUpdates.size>0){let lt=Bh(nt.width,nt.height,v.format,v.type);for(let Nt of v.layerUpdates){let $t=nt.data.subarray(Nt*lt/nt.data.BYTES_PER_ELEMENT,(Nt+1)*lt/nt.data.BYTES_PER_ELEMENT);e.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Nt,nt.width,nt.height,1,_t,L,$t)}v.clearLayerUpdates()}else e.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,nt.width,nt.height,nt.depth,_t,L,nt.data)}else e.texImage3D(i.TEXTURE_2D_ARRAY,0,it,nt.width,nt.height,nt.depth,0,_t,L,nt.data);else if(v.isData3DTexture)ct?(ut&&e.texStorage3D(i.TEXTURE_3D,qt,it,nt.width,nt.height,nt.depth),Dt&&e.texSubImage3D(i.TEXTURE_3D,0,0,0,0,nt.width,nt.height,nt.depth,_t,L,nt.data)):e.texImage3D(i.TEXTURE_3D,0,it,nt.width,nt.height,nt.depth,0,_t,L,nt.data);else if(v.isFramebufferTexture){if(ut)if(ct)e.texStorage2D(i.TEXTURE_2D,qt,it,nt.width,nt.height);else{let lt=nt.width,Nt=nt.height;for(let $t=0;$t<qt;$t++)e.texImage2D(i.TEXTURE_2D,$t,it,lt,Nt,0,_t,L,null),lt>>=1,Nt>>=1}}else if(v.isHTMLTexture){if("texElementImage2D"in i){let lt=i.canvas;if(lt.hasAttribute("layoutsubtree")||lt.setAttribute("layoutsubtree","true"),nt.parentNode!==lt){lt.appendChild(nt),u.add(v),lt.onpaint=Nt=>{let $t=Nt.changedElements;for(let wt of u)$t.includes(wt.image)&&(wt.needsUpdate=!0)},lt.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,nt);else{let $t=i.RGBA,wt=i.RGBA,de=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,$t,wt,de,nt)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(mt.length>0){if(ct&&ut){let lt=Vt(mt[0]);e.texStorage2D(i.TEXTURE_2D,qt,it,lt.width,lt.height)}for(let lt=0,Nt=mt.length;lt<Nt;lt++)j=mt[lt],ct?Dt&&e.texSubImage2D(i.TEXTURE_2D,lt,0,0,_t,L,j):e.texImage2D(i.TEXTURE_2D,lt,it,_t,L,j);v.generateMipmaps=!1}else if(ct){if(ut){let lt=Vt(nt);e.texStorage2D(i.TEXTURE_2D,qt,it,lt.width,lt.height)}Dt&&e.texSubImage2D(i.TEXTURE_2D,0,0,0,_t,L,nt)}else e.texImage2D(i.TEXTURE_2D,0,it,_t,L,nt);A(v)&&v.mipmapsAutoUpdate===!0&&M(at),yt.__version=pt.version,v.onUpdate&&v.onUpdate(v)}C.__version=v.version}function Ye(C,v,W){if(v.image.length!==6)return;let at=fe(C,v),rt=v.source;e.bindTexture(i.TEXTURE_CUBE_MAP,C.__webglTexture,i.TEXTURE0+W);let pt=n.get(rt);if(rt.version!==pt.__version||at===!0){e.activeTexture(i.TEXTURE0+W);let yt=ae.getPrimaries(ae.workingColorSpace),et=v.colorSpace===vi?null:ae.getPrimaries(v.colorSpace),nt=v.colorSpace===vi||yt===et?i.NONE:i.BROWSER_DEFAULT_WEBGL;e.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,v.flipY),e.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,v.premultiplyAlpha),e.pixelStorei(i.UNPACK_ALIGNMENT,v.unpackAlignment),e.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,nt);let _t=v.isCompressedTexture||v.image[0].isCompressedTexture,L=v.image[0]&&v.image[0].isDataTexture,it=[];for(let wt=0;wt<6;wt++)!_t&&!L?it[wt]=b(v.image[wt],!0,s.maxCubemapSize):it[wt]=L?v.image[wt].image:v.image[wt],it[wt]=Ut(v,it[wt]);let j=it[0],mt=r.convert(v.format,v.colorSpace),ct=r.convert(v.type),ut=y(v.internalFormat,mt,ct,v.normalized,v.colorSpace),Dt=v.isVideoTexture!==!0,qt=pt.__version===void 0||at===!0,lt=rt.dataReady,Nt=T(v,j);le(i.TEXTURE_CUBE_MAP,v);let $t;if(v.isDepthTexture){if(ut=x(v.format===yi,v.type),qt)if(Dt)e.texStorage2D(i.TEXTURE_CUBE_MAP,1,ut,j.width,j.height);else for(let wt=0;wt<6;wt++)e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,0,ut,j.width,j.height,0,mt,ct,null)}else if(_t){Dt&&qt&&e.texStorage2D(i.TEXTURE_CUBE_MAP,Nt,ut,j.width,j.height);for(let wt=0;wt<6;wt++){$t=it[wt].mipmaps;for(let de=0;de<$t.length;de++){let Fe=$t[de];v.format!==Wn?mt!==null?Dt?lt&&e.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de,0,0,Fe.width,Fe.height,mt,Fe.data):e.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de,ut,Fe.width,Fe.height,0,Fe.data):zt("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Dt?lt&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de,0,0,Fe.width,Fe.height,mt,ct,Fe.data):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de,ut,Fe.width,Fe.height,0,mt,ct,Fe.data)}}}else{if($t=v.mipmaps,Dt&&qt){$t.length>0&&Nt++;let wt=Vt(it[0]);e.texStorage2D(i.TEXTURE_CUBE_MAP,Nt,ut,wt.width,wt.height)}for(let wt=0;wt<6;wt++)if(L){Dt?lt&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,0,0,0,it[wt].width,it[wt].height,mt,ct,it[wt].data):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,0,ut,it[wt].width,it[wt].height,0,mt,ct,it[wt].data);for(let de=0;de<$t.length;de++){let Nn=$t[de].image[wt].image;Dt?lt&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de+1,0,0,Nn.width,Nn.height,mt,ct,Nn.data):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de+1,ut,Nn.width,Nn.height,0,mt,ct,Nn.data)}}else{Dt?lt&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,0,0,0,mt,ct,it[wt]):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,0,ut,mt,ct,it[wt]);for(let de=0;de<$t.length;de++){let Fe=$t[de];Dt?lt&&e.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de+1,0,0,mt,ct,Fe.image[wt]):e.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+wt,de+1,ut,mt,ct,Fe.image[wt])}}}A(v)&&v.mipmapsAutoUpdate===!0&&M(i.TEXTURE_CUBE_MAP),pt.__version=rt.version,v.onUpdate&&v.onUpdate(v)}C.__version=v.version}function pe(C,v,W,at,rt,pt){let yt=r.convert(W.format,W.colorSpace),et=r.convert(W.type),nt=y(W.internalFormat,yt,et,W.normalized,W.colorSpace),_t=n.get(v),L=n.get(W);if(L.__renderTarget=v,!_t.__hasExternalTextures){let it=Math.max(1,v.width>>pt),j=Math.max(1,v.height>>pt);rt===i.TEXTURE_3D||rt===i.TEXTURE_2D_ARRAY?e.texImage3D(rt,pt,nt,it,j,v.depth,0,yt,et,null):e.texImage2D(rt,pt,nt,it,j,0,yt,et,null)}e.bindFramebuffer(i.FRAMEBUFFER,C),xt(v)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,at,rt,L.__webglTexture,0,ge(v)):(rt===i.TEXTURE_2D||rt>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&rt<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,at,rt,L.__webglTexture,pt),e.bindFramebuffer(i.FRAMEBUFFER,null)}function _n(C,v,W){if(i.bindRenderbuffer(i.RENDERBUFFER,C),v.depthBuffer){let at=v.depthTexture,rt=at&&at.isDepthTexture?at.type:null,pt=x(v.stencilBuffer,rt),yt=v.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;xt(v)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ge(v),pt,v.width,v.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,ge(v),pt,v.width,v.height):i.renderbufferStorage(i.RENDERBUFFER,pt,v.width,v.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,yt,i.RENDERBUFFER,C)}else{let at=v.textures;for(let rt=0;rt<at.length;rt++){let pt=at[rt],yt=r.convert(pt.format,pt.colorSpace),et=r.convert(pt.type),nt=y(pt.internalFormat,yt,et,pt.normalized,pt.colorSpace);xt(v)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ge(v),nt,v.width,v.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,ge(v),nt,v.width,v.height):i.renderbufferStorage(i.RENDERBUFFER,nt,v.width,v.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function De(C,v,W){let at=v.isWebGLCubeRenderTarget===!0;if(e.bindFramebuffer(i.FRAMEBUFFER,C),!(v.depthTexture&&v.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let rt=n.get(v.depthTexture);rt.__renderTarget=v;let pt=at?v.depthTexture.image[0]:v.depthTexture.image;(!rt.__webglTexture||pt.width!==v.width||pt.height!==v.height)&&(pt.width=v.width,pt.height=v.height,v.depthTexture.needsUpdate=!0),at?gt(v.depthTexture,0):St(v.depthTexture,0);let yt=rt.__webglTexture,et=ge(v),nt=at?i.TEXTURE_CUBE_MAP_POSITIVE_X+W:i.TEXTURE_2D,_t=v.depthTexture.format===yi?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(v.depthTexture.format===mi)xt(v)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,_t,nt,yt,0,et):i.framebufferTexture2D(i.FRAMEBUFFER,_t,nt,yt,0);else if(v.depthTexture.format===yi)xt(v)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,_t,nt,yt,0,et):i.framebufferTexture2D(i.FRAMEBUFFER,_t,nt,yt,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function nn(C){let v=n.get(C),W=C.isWebGLCubeRenderTarget===!0;if(v.__boundDepthTexture!==C.depthTexture){let at=C.depthTexture;if(v.__depthDisposeCallback&&v.__depthDisposeCallback(),at){let rt=()=>{delete v.__boundDepthTexture,delete v.__depthDisposeCallback,at.removeEventListener("dispose",rt)};at.addEventListener("dispose",rt),v.__depthDisposeCallback=rt}v.__boundDepthTexture=at}if(C.depthTexture&&!v.__autoAllocateDepthBuffer)if(W)for(let at=0;at<6;at++)De(v.__webglFramebuffer[at],C,at);else C.texture.mipmaps.length>0?De(v.__webglFramebuffer[0],C,0):De(v.__webglFramebuffer,C,0);else if(W){v.__webglDepthbuffer=[];for(let at=0;at<6;at++)if(e.bindFramebuffer(i.FRAMEBUFFER,v.__webglFramebuffer[at]),v.__webglDepthbuffer[at]===void 0)v.__webglDepthbuffer[at]=i.createRenderbuffer(),_n(v.__webglDepthbuffer[at],C,!1);else{let rt=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,pt=v.__webglDepthbuffer[at];i.bindRenderbuffer(i.RENDERBUFFER,pt),i.framebufferRenderbuffer(i.FRAMEBUFFER,rt,i.RENDERBUFFER,pt)}}else if(C.texture.mipmaps.length>0?e.bindFramebuffer(i.FRAMEBUFFER,v.__webglFramebuffer[0]):e.bindFramebuffer(i.FRAMEBUFFER,v.__webglFramebuffer),v.__webglDepthbuffer===void 0)v.__webglDepthbuffer=i.createRenderbuffer(),_n(v.__webglDepthbuffer,C,!1);else{let rt=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,pt=v.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,pt),i.framebufferRenderbuffer(i.FRAMEBUFFER,rt,i.RENDERBUFFER,pt)}e.bindFramebuffer(i.FRAMEBUFFER,null)}function sn(C,v,W){let at=n.get(C);v!==void 0&&pe(at.__webglFramebuffer,C,C.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),W!==void 0&&nn(C)}function Ue(C){let v=C.texture,W=n.get(C),at=n.get(v);C.addEventListener("dispose",N),B(C);let rt=C.textures,pt=C.isWebGLCubeRenderTarget===!0,yt=rt.length>1;if(yt||(at.__webglTexture===void 0&&(at.__webglTexture=i.createTexture()),at.__version=v.version,o.memory.textures++),pt){W.__webglFramebuffer=[];for(let et=0;et<6;et++)if(v.mipmaps.length>0){W.__webglFramebuffer[et]=[];for(let nt=0;nt<v.mipmaps.length;nt++)W.__webglFramebuffer[et][nt]=i.createFramebuffer()}else W.__webglFramebuffer[et]=i.createFramebuffer()}else{if(v.mipmaps.length>0){W.__webglFramebuffer=[];for(let et=0;et<v.mipmaps.length;et++)W.__webglFramebuffer[et]=i.createFramebuffer()}else W.__webglFramebuffer=i.createFramebuffer();if(yt)for(let et=0,nt=rt.length;et<nt;et++){let _t=n.get(rt[et]);_t.__webglTexture===void 0&&(_t.__webglTexture=i.createTexture(),o.memory.textures++)}if(C.samples>0&&xt(C)===!1){W.__webglMultisampledFramebuffer=i.createFramebuffer(),W.__webglColorRenderbuffer=[],e.bindFramebuffer(i.FRAMEBUFFER,W.__webglMultisampledFramebuffer);for(let et=0;et<rt.length;et++){let nt=rt[et];W.__webglColorRenderbuffer[et]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,W.__webglColorRenderbuffer[et]);let _t=r.convert(nt.format,nt.colorSpace),L=r.convert(nt.type),it=y(nt.internalFormat,_t,L,nt.normalized,nt.colorSpace,C.isXRRenderTarget===!0),j=ge(C);i.renderbufferStorageMultisample(i.RENDERBUFFER,j,it,C.width,C.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+et,i.RENDERBUFFER,W.__webglColorRenderbuffer[et])}i.bindRenderbuffer(i.RENDERBUFFER,null),C.depthBuffer&&(W.__webglDepthRenderbuffer=i.createRenderbuffer(),_n(W.__webglDepthRenderbuffer,C,!0)),e.bindFramebuffer(i.FRAMEBUFFER,null)}}if(pt){e.bindTexture(i.TEXTURE_CUBE_MAP,at.__webglTexture),le(i.TEXTURE_CUBE_MAP,v);for(let et=0;et<6;et++)if(v.mipmaps.length>0)for(let nt=0;nt<v.mipmaps.length;nt++)pe(W.__webglFramebuffer[et][nt],C,v,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+et,nt);else pe(W.__webglFramebuffer[et],C,v,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+et,0);A(v)?M(i.TEXTURE_CUBE_MAP):v.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,v.mipmaps.length-1),e.unbindTexture()}else if(yt){for(let et=0,nt=rt.length;et<nt;et++){let _t=rt[et],L=n.get(_t),it=i.TEXTURE_2D;(C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(it=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),e.bindTexture(it,L.__webglTexture),le(it,_t),pe(W.__webglFramebuffer,C,_t,i.COLOR_ATTACHMENT0+et,it,0),A(_t)&&M(it)}e.unbindTexture()}else{let et=i.TEXTURE_2D;if((C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(et=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),e.bindTexture(et,at.__webglTexture),le(et,v),v.mipmaps.length>0)for(let nt=0;nt<v.mipmaps.length;nt++)pe(W.__webglFramebuffer[nt],C,v,i.COLOR_ATTACHMENT0,et,nt);else pe(W.__webglFramebuffer,C,v,i.COLOR_ATTACHMENT0,et,0);A(v)?M(et):v.mipmaps.length>0&&i.texParameteri(et,i.TEXTURE_MAX_LEVEL,v.mipmaps.length-1),e.unbindTexture()}C.depthBuffer&&nn(C)}function k(C){let v=C.textures;for(let W=0,at=v.length;W<at;W++){let rt=v[W];if(A(rt)&&rt.mipmapsAutoUpdate===!0){let pt=R(C),yt=n.get(rt).__webglTexture;e.bindTexture(pt,yt),M(pt),e.unbindTexture()}}}let kt=[];function we(C){if(C.samples>0){if(xt(C)===!1){let v=C.textures,W=C.width,at=C.height,rt=i.COLOR_BUFFER_BIT,pt=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,yt=n.get(C),et=v.length>1;if(et)for(let _t=0;_t<v.length;_t++)e.bindFramebuffer(i.FRAMEBUFFER,yt.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+_t,i.RENDERBUFFER,null),e.bindFramebuffer(i.FRAMEBUFFER,yt.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+_t,i.TEXTURE_2D,null,0);e.bindFramebuffer(i.READ_FRAMEBUFFER,yt.__webglMultisampledFramebuffer),C.texture.mipmaps.length>0?e.bindFramebuffer(i.DRAW_FRAMEBUFFER,yt.__webglFramebuffer[0]):e.bindFramebuffer(i.DRAW_FRAMEBUFFER,yt.__webglFramebuffer);for(let _t=0;_t<v.length;_t++){if(C.resolveDepthBuffer&&(C.depthBuffer&&(rt|=i.DEPTH_BUFFER_BIT),C.stencilBuffer&&C.resolveStencilBuffer&&(rt|=i.STENCIL_BUFFER_BIT)),et){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,yt.__webglColorRenderbuffer[_t]);let L=n.get(v[_t]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,L,0)}i.blitFramebuffer(0,0,W,at,0,0,W,at,rt,i.NEAREST),l===!0&&(kt.length=0,kt.push(i.COLOR_ATTACHMENT0+_t),C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&kt.push(pt),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,kt))}if(e.bindFramebuffer(i.READ_FRAMEBUFFER,null),e.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),et)for(let _t=0;_t<v.length;_t++){e.bindFramebuffer(i.FRAMEBUFFER,yt.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+_t,i.RENDERBUFFER,yt.__webglColorRenderbuffer[_t]);let L=n.get(v[_t]).__webglTexture;e.bindFramebuffer(i.FRAMEBUFFER,yt.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+_t,i.TEXTURE_2D,L,0)}e.bindFramebuffer(i.DRAW_FRAMEBUFFER,yt.__webglMultisampledFramebuffer)}else if(C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&l){let v=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[v])}}}function ge(C){return Math.min(s.maxSamples,C.samples)}function xt(C){let v=n.get(C);return C.samples>0&&t.has("WEBGL_multisampled_render_to_texture")===!0&&v.__useRenderToTexture!==!1}function Ne(C){let v=o.render.frame;h.get(C)!==v&&(h.set(C,v),C.update())}function Ut(C,v){let W=C.colorSpace,at=C.format,rt=C.type;return C.isCompressedTexture===!0||C.isVideoTexture===!0||W!==Ar&&W!==vi&&(ae.getTransfer(W)===me?(at!==Wn||rt!==dn)&&zt("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Ht("WebGLTextures: Unsupported texture color space:",W)),v}function Vt(C){return typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement?(c.width=C.naturalWidth||C.width,c.height=C.naturalHeight||C.height):typeof VideoFrame<"u"&&C instanceof VideoFrame?(c.width=C.displayWidth,c.height=C.displayHeight):(c.width=C.width,c.height=C.height),c}this.allocateTextureUnit=Bt,this.resetTextureUnits=Q,this.getTextureUnits=st,this.setTextureUnits=At,this.setTexture2D=St,this.setTexture2DArray=Mt,this.setTexture3D=Ct,this.setTextureCube=gt,this.rebindTextures=sn,this.setupRenderTarget=Ue,this.updateRenderTargetMipmap=k,this.updateMultisampleRenderTarget=we,this.setupDepthRenderbuffer=nn,this.setupFrameBufferTexture=pe,this.useMultisampledRTT=xt,this.dispose=G}function RS(i,t){function e(n,s=vi){let r,o=ae.getTransfer(s);if(n===dn)return i.UNSIGNED_BYTE;if(n===Wa)return i.UNSIGNED_SHORT_4_4_4_4;if(n===Xa)return i.UNSIGNED_SHORT_5_5_5_1;if(n===Mh)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===bh)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===Sh)return i.BYTE;if(n===wh)return i.SHORT;if(n===Js)return i.UNSIGNED_SHORT;if(n===Ha)return i.INT;if(n===Gn)return i.UNSIGNED_INT;if(n===Vn)return i.FLOAT;if(n===Hn)return i.HALF_FLOAT;if(n===Eh)return i.ALPHA;if(n===Ah)return i.RGB;if(n===Wn)return i.RGBA;if(n===mi)return i.DEPTH_COMPONENT;if(n===yi)return i.DEPTH_STENCIL;if(n===Th)return i.RED;if(n===$a)return i.RED_INTEGER;if(n===ki)return i.RG;if(n===qa)return i.RG_INTEGER;if(n===Ya)return i.RGBA_INTEGER;if(n===qr||n===Yr||n===Zr||n===Jr)if(o===me)if(r=t.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===qr)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===Yr)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===Zr)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===Jr)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=t.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===qr)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===Yr)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===Zr)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===Jr)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===Za||n===Ja||n===Ka||n===ja)if(r=t.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===Za)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===Ja)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===Ka)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===ja)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Qa||n===tl||n===el||n===nl||n===il||n===Kr||n===sl)if(r=t.get("WEBGL_compressed_texture_etc"),r!==null){if(n===Qa||n===tl)return o===me?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===el)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===nl)return r.COMPRESSED_R11_EAC;if(n===il)return r.COMPRESSED_SIGNED_R11_EAC;if(n===Kr)return r.COMPRESSED_RG11_EAC;if(n===sl)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===rl||n===ol||n===al||n===ll||n===cl||n===hl||n===ul||n===fl||n===dl||n===pl||n===ml||n===gl||n===_l||n===xl)if(r=t.get("WEBGL_compressed_texture_astc"),r!==null){if(n===rl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===ol)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===al)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===ll)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===cl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===hl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===ul)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===fl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===dl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===pl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===ml)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===gl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===_l)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===xl)return o===me?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===yl||n===vl||n===Sl)if(r=t.get("EXT_texture_compression_bptc"),r!==null){if(n===yl)return o===me?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===vl)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===Sl)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===wl||n===Ml||n===jr||n===bl)if(r=t.get("EXT_texture_compression_rgtc"),r!==null){if(n===wl)return r.COMPRESSED_RED_RGTC1_EXT;if(n===Ml)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===jr)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===bl)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===os?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:e}}var CS=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,IS=`
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

}`,qh=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(t,e){if(this.texture===null){let n=new Nr(t.texture);(t.depthNear!==e.depthNear||t.depthFar!==e.depthFar)&&(this.depthNear=t.depthNear,this.depthFar=t.depthFar),this.texture=n}}getMesh(t){if(this.texture!==null&&this.mesh===null){let e=t.cameras[0].viewport,n=new jn({vertexShader:CS,fragmentShader:IS,uniforms:{depthColor:{value:this.texture},depthWidth:{value:e.z},depthHeight:{value:e.w}}});this.mesh=new hn(new Ui(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Yh=class extends Jn{constructor(t,e){super();let n=this,s=null,r=1,o=null,a="local-floor",l=1,c=null,h=null,u=null,f=null,d=null,_=null,E=typeof XRWebGLBinding<"u",g=new qh,p={},b=e.getContextAttributes(),A=null,M=null,R=[],y=[],x=new Ot,T=null,B=null,U=new an;U.viewport=new Ce;let z=new an;z.viewport=new Ce;let N=[U,z],$=new ka,D=null,G=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(tt){let St=R[tt];return St===void 0&&(St=new Gs,R[tt]=St),St.getTargetRaySpace()},this.getControllerGrip=function(tt){let St=R[tt];return St===void 0&&(St=new Gs,R[tt]=St),St.getGripSpace()},this.getHand=function(tt){let St=R[tt];return St===void 0&&(St=new Gs,R[tt]=St),St.getHandSpace()};function Y(tt){let St=y.indexOf(tt.inputSource);if(St===-1)return;let Mt=R[St];Mt!==void 0&&(Mt.update(tt.inputSource,tt.frame,c||o),Mt.dispatchEvent({type:tt.type,data:tt.inputSource}))}function J(){s.removeEventListener("select",Y),s.removeEventListener("selectstart",Y),s.removeEventListener("selectend",Y),s.removeEventListener("squeeze",Y),s.removeEventListener("squeezestart",Y),s.removeEventListener("squeezeend",Y),s.removeEventListener("end",J),s.removeEventListener("inputsourceschange",ot);for(let tt=0;tt<R.length;tt++){let St=y[tt];St!==null&&(y[tt]=null,R[tt].disconnect(St))}D=null,G=null,g.reset();for(let tt in p)delete p[tt];if(t.setRenderTarget(A),d=null,f=null,u=null,s=null,M=null,Bt.stop(),n.isPresenting=!1,t.setPixelRatio(T),t.setSize(x.width,x.height,!1),B!==null){let tt=B.camera;tt.fov=B.fov,tt.zoom=B.zoom,tt.updateProjectionMatrix(),B=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(tt){r=tt,n.isPresenting===!0&&zt("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(tt){a=tt,n.isPresenting===!0&&zt("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(tt){c=tt},this.getBaseLayer=function(){return f!==null?f:d},this.getBinding=function(){return u===null&&E&&(u=new XRWebGLBinding(s,e)),u},this.getFrame=function(){return _},this.getSession=function(){return s},this.setSession=async function(tt){if(s=tt,s!==null){if(A=t.getRenderTarget(),s.addEventListener("select",Y),s.addEventListener("selectstart",Y),s.addEventListener("selectend",Y),s.addEventListener("squeeze",Y),s.addEventListener("squeezestart",Y),s.addEventListener("squeezeend",Y),s.addEventListener("end",J),s.addEventListener("inputsourceschange",ot),b.xrCompatible!==!0&&await e.makeXRCompatible(),T=t.getPixelRatio(),t.getSize(x),E&&"createProjectionLayer"in XRWebGLBinding.prototype){let Mt=null,Ct=null,gt=null;b.depth&&(gt=b.stencil?e.DEPTH24_STENCIL8:e.DEPTH_COMPONENT24,Mt=b.stencil?yi:mi,Ct=b.stencil?os:Gn);let It={colorFormat:e.RGBA8,depthFormat:gt,scaleFactor:r};u=this.getBinding(),f=u.createProjectionLayer(It),s.updateRenderState({layers:[f]}),t.setPixelRatio(1),t.setSize(f.textureWidth,f.textureHeight,!1),M=new wn(f.textureWidth,f.textureHeight,{format:Wn,type:dn,depthTexture:new _i(f.textureWidth,f.textureHeight,Ct,void 0,void 0,void 0,void 0,void 0,void 0,Mt),stencilBuffer:b.stencil,colorSpace:t.outputColorSpace,samples:b.antialias?4:0,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}else{let Mt={antialias:b.antialias,alpha:!0,depth:b.depth,stencil:b.stencil,framebufferScaleFactor:r};d=new XRWebGLLayer(s,e,Mt),s.updateRenderState({baseLayer:d}),t.setPixelRatio(1),t.setSize(d.framebufferWidth,d.framebufferHeight,!1),M=new wn(d.framebufferWidth,d.framebufferHeight,{format:Wn,type:dn,colorSpace:t.outputColorSpace,stencilBuffer:b.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}M.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await s.requestReferenceSpace(a),Bt.setContext(s),Bt.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(s!==null)return s.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function ot(tt){for(let St=0;St<tt.removed.length;St++){let Mt=tt.removed[St],Ct=y.indexOf(Mt);Ct>=0&&(y[Ct]=null,R[Ct].disconnect(Mt))}for(let St=0;St<tt.added.length;St++){let Mt=tt.added[St],Ct=y.indexOf(Mt);if(Ct===-1){for(let It=0;It<R.length;It++)if(It>=y.length){y.push(Mt),Ct=It;break}else if(y[It]===null){y[It]=Mt,Ct=It;break}if(Ct===-1)break}let gt=R[Ct];gt&&gt.connect(Mt)}}function K(tt,St){St===null?tt.matrixWorld.copy(tt.matrix):tt.matrixWorld.multiplyMatrices(St.matrixWorld,tt.matrix),tt.matrixWorldInverse.copy(tt.matrixWorld).invert()}this.updateCamera=function(tt){if(s===null)return;let St=tt.near,Mt=tt.far;g.texture!==null&&(g.depthNear>0&&(St=g.depthNear),g.depthFar>0&&(Mt=g.depthFar)),$.near=z.near=U.near=St,$.far=z.far=U.far=Mt,(D!==$.near||G!==$.far)&&(s.updateRenderState({depthNear:$.near,depthFar:$.far}),D=$.near,G=$.far),$.layers.mask=tt.layers.mask|6,U.layers.mask=$.layers.mask&-5,z.layers.mask=$.layers.mask&-3;let Ct=tt.parent,gt=$.cameras;K($,Ct);for(let It=0;It<gt.length;It++)K(gt[It],Ct);$.projectionMatrix.copy(U.projectionMatrix),$.projectionMatrixInverse.copy(U.projectionMatrixInverse),B===null&&tt.isPerspectiveCamera&&(B={camera:tt,fov:tt.fov,zoom:tt.zoom}),Q(tt,$,Ct)};function Q(tt,St,Mt){Mt===null?tt.matrix.copy(St.matrixWorld):(tt.matrix.copy(Mt.matrixWorld),tt.matrix.invert(),tt.matrix.multiply(St.matrixWorld)),tt.matrix.decompose(tt.position,tt.quaternion,tt.scale),tt.updateMatrixWorld(!0),tt.projectionMatrix.copy(St.projectionMatrix),tt.projectionMatrixInverse.copy(St.projectionMatrixInverse),tt.isPerspectiveCamera&&(tt.fov=ua*2*Math.atan(1/tt.projectionMatrix.elements[5]),tt.zoom=1)}this.getCamera=function(){return $},this.getFoveation=function(){if(!(f===null&&d===null))return l},this.setFoveation=function(tt){l=tt,f!==null&&(f.fixedFoveation=tt),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=tt)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh($)},this.getCameraTexture=function(tt){return p[tt]};let st=null;function At(tt,St){if(h=St.getViewerPose(c||o),_=St,h!==null){let Mt=h.views;d!==null&&(t.setRenderTargetFramebuffer(M,d.framebuffer),t.setRenderTarget(M));let Ct=!1;Mt.length!==$.cameras.length&&($.cameras.length=0,Ct=!0);for(let dt=0;dt<Mt.length;dt++){let le=Mt[dt],fe=null;if(d!==null)fe=d.getViewport(le);else{let Se=u.getViewSubImage(f,le);fe=Se.viewport,dt===0&&(t.setRenderTargetTextures(M,Se.colorTexture,Se.depthStencilTexture),t.setRenderTarget(M))}let Kt=N[dt];Kt===void 0&&(Kt=new an,Kt.layers.enable(dt),Kt.viewport=new Ce,N[dt]=Kt),Kt.matrix.fromArray(le.transform.matrix),Kt.matrix.decompose(Kt.position,Kt.quaternion,Kt.scale),Kt.projectionMatrix.fromArray(le.projectionMatrix),Kt.projectionMatrixInverse.copy(Kt.projectionMatrix).invert(),Kt.viewport.set(fe.x,fe.y,fe.width,fe.height),dt===0&&($.matrix.copy(Kt.matrix),$.matrix.decompose($.position,$.quaternion,$.scale)),Ct===!0&&$.cameras.push(Kt)}let gt=s.enabledFeatures;if(gt&&gt.includes("depth-sensing")&&s.depthUsage=="gpu-optimized"&&E){u=n.getBinding();let dt=u.getDepthInformation(Mt[0]);dt&&dt.isValid&&dt.texture&&g.init(dt,s.renderState)}if(gt&&gt.includes("camera-access")&&E){t.state.unbindTexture(),u=n.getBinding();for(let dt=0;dt<Mt.length;dt++){let le=Mt[dt].camera;if(le){let fe=p[le];fe||(fe=new Nr,p[le]=fe);let Kt=u.getCameraImage(le);fe.sourceTexture=Kt}}}}for(let Mt=0;Mt<R.length;Mt++){let Ct=y[Mt],gt=R[Mt];Ct!==null&&gt!==void 0&&gt.update(Ct,St,c||o)}st&&st(tt,St),St.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:St}),_=null}let Bt=new ip;Bt.setAnimationLoop(At),this.setAnimationLoop=function(tt){st=tt},this.dispose=function(){}}},PS=new Te,dp=new Xt;dp.set(-1,0,0,0,1,0,0,0,1);function LS(i,t){function e(g,p){g.matrixAutoUpdate===!0&&g.updateMatrix(),p.value.copy(g.matrix)}function n(g,p){p.color.getRGB(g.fogColor.value,Nh(i)),p.isFog?(g.fogNear.value=p.near,g.fogFar.value=p.far):p.isFogExp2&&(g.fogDensity.value=p.density)}function s(g,p,b,A,M){p.isNodeMaterial?p.uniformsNeedUpdate=!1:p.isMeshBasicMaterial?r(g,p):p.isMeshLambertMaterial?(r(g,p),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)):p.isMeshToonMaterial?(r(g,p),u(g,p)):p.isMeshPhongMaterial?(r(g,p),h(g,p),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)):p.isMeshStandardMaterial?(r(g,p),f(g,p),p.isMeshPhysicalMaterial&&d(g,p,M)):p.isMeshMatcapMaterial?(r(g,p),_(g,p)):p.isMeshDepthMaterial?r(g,p):p.isMeshDistanceMaterial?(r(g,p),E(g,p)):p.isMeshNormalMaterial?r(g,p):p.isLineBasicMaterial?(o(g,p),p.isLineDashedMaterial&&a(g,p)):p.isPointsMaterial?l(g,p,b,A):p.isSpriteMaterial?c(g,p):p.isShadowMaterial?(g.color.value.copy(p.color),g.opacity.value=p.opacity):p.isShaderMaterial&&(p.uniformsNeedUpdate=!1)}function r(g,p){g.opacity.value=p.opacity,p.color&&g.diffuse.value.copy(p.color),p.emissive&&g.emissive.value.copy(p.emissive).multiplyScalar(p.emissiveIntensity),p.map&&(g.map.value=p.map,e(p.map,g.mapTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,e(p.alphaMap,g.alphaMapTransform)),p.bumpMap&&(g.bumpMap.value=p.bumpMap,e(p.bumpMap,g.bumpMapTransform),g.bumpScale.value=p.bumpScale,p.side===un&&(g.bumpScale.value*=-1)),p.normalMap&&(g.normalMap.value=p.normalMap,e(p.normalMap,g.normalMapTransform),g.normalScale.value.copy(p.normalScale),p.side===un&&g.normalScale.value.negate()),p.displacementMap&&(g.displacementMap.value=p.displacementMap,e(p.displacementMap,g.displacementMapTransform),g.displacementScale.value=p.displacementScale,g.displacementBias.value=p.displacementBias),p.emissiveMap&&(g.emissiveMap.value=p.emissiveMap,e(p.emissiveMap,g.emissiveMapTransform)),p.specularMap&&(g.specularMap.value=p.specularMap,e(p.specularMap,g.specularMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest);let b=t.get(p),A=b.envMap,M=b.envMapRotation;A&&(g.envMap.value=A,g.envMapRotation.value.setFromMatrix4(PS.makeRotationFromEuler(M)).transpose(),A.isCubeTexture&&A.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(dp),g.reflectivity.value=p.reflectivity,g.ior.value=p.ior,g.refractionRatio.value=p.refractionRatio),p.lightMap&&(g.lightMap.value=p.lightMap,g.lightMapIntensity.value=p.lightMapIntensity,e(p.lightMap,g.lightMapTransform)),p.aoMap&&(g.aoMap.value=p.aoMap,g.aoMapIntensity.value=p.aoMapIntensity,e(p.aoMap,g.aoMapTransform))}function o(g,p){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,p.map&&(g.map.value=p.map,e(p.map,g.mapTransform))}function a(g,p){g.dashSize.value=p.dashSize,g.totalSize.value=p.dashSize+p.gapSize,g.scale.value=p.scale}function l(g,p,b,A){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,g.size.value=p.size*b,g.scale.value=A*.5,p.map&&(g.map.value=p.map,e(p.map,g.uvTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,e(p.alphaMap,g.alphaMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest)}function c(g,p){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,g.rotation.value=p.rotation,p.map&&(g.map.value=p.map,e(p.map,g.mapTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,e(p.alphaMap,g.alphaMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest)}function h(g,p){g.specular.value.copy(p.specular),g.shininess.value=Math.max(p.shininess,1e-4)}function u(g,p){p.gradientMap&&(g.gradientMap.value=p.gradientMap)}function f(g,p){g.metalness.value=p.metalness,p.metalnessMap&&(g.metalnessMap.value=p.metalnessMap,e(p.metalnessMap,g.metalnessMapTransform)),g.roughness.value=p.roughness,p.roughnessMap&&(g.roughnessMap.value=p.roughnessMap,e(p.roughnessMap,g.roughnessMapTransform)),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)}function d(g,p,b){g.ior.value=p.ior,p.diffuseRoughness>0&&(g.diffuseRoughness.value=p.diffuseRoughness,p.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=p.diffuseRoughnessMap,e(p.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),p.sheen>0&&(g.sheenColor.value.copy(p.sheenColor).multiplyScalar(p.sheen),g.sheenRoughness.value=p.sheenRoughness,p.sheenColorMap&&(g.sheenColorMap.value=p.sheenColorMap,e(p.sheenColorMap,g.sheenColorMapTransform)),p.sheenRoughnessMap&&(g.sheenRoughnessMap.value=p.sheenRoughnessMap,e(p.sheenRoughnessMap,g.sheenRoughnessMapTransform))),p.clearcoat>0&&(g.clearcoat.value=p.clearcoat,g.clearcoatRoughness.value=p.clearcoatRoughness,p.clearcoatMap&&(g.clearcoatMap.value=p.clearcoatMap,e(p.clearcoatMap,g.clearcoatMapTransform)),p.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=p.clearcoatRoughnessMap,e(p.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),p.clearcoatNormalMap&&(g.clearcoatNormalMap.value=p.clearcoatNormalMap,e(p.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(p.clearcoatNormalScale),p.side===un&&g.clearcoatNormalScale.value.negate())),p.dispersion>0&&(g.dispersion.value=p.dispersion),p.retroreflectivity>0&&(g.retroreflectivity.value=p.retroreflectivity),p.iridescence>0&&(g.iridescence.value=p.iridescence,g.iridescenceIOR.value=p.iridescenceIOR,g.iridescenceThicknessMinimum.value=p.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=p.iridescenceThicknessMaximum,p.iridescenceMap&&(g.iridescenceMap.value=p.iridescenceMap,e(p.iridescenceMap,g.iridescenceMapTransform)),p.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=p.iridescenceThicknessMap,e(p.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),p.transmission>0&&(g.transmission.value=p.transmission,g.transmissionSamplerMap.value=b.texture,g.transmissionSamplerSize.value.set(b.width,b.height),p.transmissionMap&&(g.transmissionMap.value=p.transmissionMap,e(p.transmissionMap,g.transmissionMapTransform)),g.thickness.value=p.thickness,p.thicknessMap&&(g.thicknessMap.value=p.thicknessMap,e(p.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=p.attenuationDistance,g.attenuationColor.value.copy(p.attenuationColor)),p.anisotropy>0&&(g.anisotropyVector.value.set(p.anisotropy*Math.cos(p.anisotropyRotation),p.anisotropy*Math.sin(p.anisotropyRotation)),p.anisotropyMap&&(g.anisotropyMap.value=p.anisotropyMap,e(p.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=p.specularIntensity,g.specularColor.value.copy(p.specularColor),p.specularColorMap&&(g.specularColorMap.value=p.specularColorMap,e(p.specularColorMap,g.specularColorMapTransform)),p.specularIntensityMap&&(g.specularIntensityMap.value=p.specularIntensityMap,e(p.specularIntensityMap,g.specularIntensityMapTransform))}function _(g,p){p.matcap&&(g.matcap.value=p.matcap)}function E(g,p){let b=t.get(p).light;g.referencePosition.value.setFromMatrixPosition(b.matrixWorld),g.nearDistance.value=b.shadow.camera.near,g.farDistance.value=b.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:s}}function DS(i,t,e,n){let s={},r={};function o(b,A){let M=A.program;n.uniformBlockBinding(b,M,s[b.id])}function a(b,A){let M=s[b.id];M===void 0&&(_(b),M=l(b),s[b.id]=M,b.addEventListener("dispose",g));let R=A.program;n.updateUBOMapping(b,R);let y=t.render.frame;r[b.id]!==y&&(c(b),r[b.id]=y)}function l(b){let A=i.createBuffer(),M=b.__size,R=b.usage;return i.bindBuffer(i.UNIFORM_BUFFER,A),i.bufferData(i.UNIFORM_BUFFER,M,R),i.bindBuffer(i.UNIFORM_BUFFER,null),A}function c(b){let A=s[b.id],M=b.uniforms,R=b.__cache;i.bindBuffer(i.UNIFORM_BUFFER,A);for(let y=0,x=M.length;y<x;y++){let T=M[y];if(Array.isArray(T))for(let B=0,U=T.length;B<U;B++)h(T[B],y,B,R);else h(T,y,0,R)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function h(b,A,M,R){if(f(b,A,M,R)===!0){let y=b.__offset,x=b.value;if(Array.isArray(x)){let T=0;for(let B=0;B<x.length;B++){let U=x[B],z=E(U,!0);u(U,b.__data,T),T+=z.storage/Float32Array.BYTES_PER_ELEMENT}}else u(x,b.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,y,b.__data)}}function u(b,A,M){typeof b=="number"||typeof b=="boolean"?A[M]=b:b.isMatrix3?(A[M]=b.elements[0],A[M+1]=b.elements[1],A[M+2]=b.elements[2],A[M+3]=0,A[M+4]=b.elements[3],A[M+5]=b.elements[4],A[M+6]=b.elements[5],A[M+7]=0,A[M+8]=b.elements[6],A[M+9]=b.elements[7],A[M+10]=b.elements[8],A[M+11]=0):ArrayBuffer.isView(b)?A.set(b.subarray(0,A.length-M),M):b.toArray(A,M)}function f(b,A,M,R){let y=b.value,x=A+"_"+M;if(Array.isArray(y)){R[x]===void 0&&(R[x]=[]);let T=R[x],B=!1;for(let U=0;U<y.length;U++)d(y[U],T,U)===!0&&(B=!0);return B}return d(y,R,x)}function d(b,A,M){if(A[M]===void 0)return typeof b=="number"||typeof b=="boolean"?A[M]=b:ArrayBuffer.isView(b)?A[M]=b.slice():A[M]=b.clone(),!0;{let R=A[M];if(typeof b=="number"||typeof b=="boolean"){if(R!==b)return A[M]=b,!0}else{if(ArrayBuffer.isView(b))return!0;if(R.equals(b)===!1)return R.copy(b),!0}}return!1}function _(b){let A=b.uniforms,M=0,R=16;for(let x=0,T=A.length;x<T;x++){let B=Array.isArray(A[x])?A[x]:[A[x]];for(let U=0,z=B.length;U<z;U++){let N=B[U],$=Array.isArray(N.value)?N.value:[N.value],D=Array.isArray(A[x])||Array.isArray(N.value),G=M;for(let J=0,ot=$.length;J<ot;J++){let K=$[J],Q=E(K,D),st=M%R,At=st%Q.boundary,Bt=st+At;M+=At,Bt!==0&&R-Bt<Q.storage&&(M+=R-Bt),J===0&&(G=M),M+=Q.storage}let Y=N.type==="int"?Int32Array:N.type==="uint"?Uint32Array:Float32Array;N.__data=new Y((M-G)/Float32Array.BYTES_PER_ELEMENT),N.__offset=G}}let y=M%R;return y>0&&(M+=R-y),b.__size=M,b.__cache={},this}function E(b,A){let M={boundary:0,storage:0};return typeof b=="number"||typeof b=="boolean"?(M.boundary=4,M.storage=4):b.isVector2?(M.boundary=8,M.storage=8):b.isVector3||b.isColor?(M.boundary=16,M.storage=12):b.isVector4?(M.boundary=16,M.storage=16):b.isMatrix3?(M.boundary=16,M.storage=48):b.isMatrix4?(M.boundary=16,M.storage=64):b.isTexture?zt("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(b)?(M.boundary=16,M.storage=b.byteLength):zt("WebGLRenderer: Unsupported uniform value type.",b),A===!0&&(M.boundary=16,M.storage=Math.ceil(M.storage/16)*16),M}function g(b){let A=b.target;A.removeEventListener("dispose",g),i.deleteBuffer(s[A.id]),delete s[A.id],delete r[A.id]}function p(){for(let b in s)i.deleteBuffer(s[b]);s={},r={}}return{bind:o,update:a,dispose:p}}var US=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),ei=null;function NS(){return ei===null&&(ei=new ga(US,16,16,ki,Hn),ei.name="DFG_LUT",ei.minFilter=ln,ei.magFilter=ln,ei.wrapS=Zn,ei.wrapT=Zn,ei.generateMipmaps=!1,ei.needsUpdate=!0),ei}var js=class{constructor(t={}){let{canvas:e=Td(),context:n=null,depth:s=!0,stencil:r=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:u=!1,reversedDepthBuffer:f=!1,outputBufferType:d=dn}=t;this.isWebGLRenderer=!0;let _;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");_=n.getContextAttributes().alpha}else _=o;let E=d,g=new Set([Ya,qa,$a]),p=new Set([dn,Gn,Js,os,Wa,Xa]),b=new Uint32Array(4),A=new Int32Array(4),M={textures:[],min:[],max:[],resolution:[]},R=null,y=null,x=[],T=[],B=null;this.domElement=e,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=ti,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let U=this,z=!1,N=null,$=null,D=null,G=null;this._outputColorSpace=on;let Y=0,J=0,ot=null,K=-1,Q=null,st=new Ce,At=new Ce,Bt=null,tt=new Jt(0),St=0,Mt=e.width,Ct=e.height,gt=1,It=null,Gt=null,dt=new Ce(0,0,Mt,Ct),le=new Ce(0,0,Mt,Ct),fe=!1,Kt=new Li,Se=new _a,Ee=!1,Ye=!1,pe=new Te,_n=new V,De=new Ce,nn={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},sn=!1;function Ue(){return ot===null?gt:1}let k=n;function kt(w,F){return e.getContext(w,F)}let we,ge,xt,Ne,Ut,Vt,C,v,W,at,rt,pt,yt,et,nt,_t,L,it,j,mt,ct,ut,Dt;try{let w={alpha:!0,depth:s,stencil:r,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:u};if("setAttribute"in e&&e.setAttribute("data-engine",`three.js r${"187"}`),e.addEventListener("webglcontextlost",Nt,!1),e.addEventListener("webglcontextrestored",$t,!1),e.addEventListener("webglcontextcreationerror",wt,!1),k===null){let F="webgl2";if(k=kt(F,w),k===null)throw kt(F)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}qt()}catch(w){throw e.removeEventListener("webglcontextlost",Nt,!1),e.removeEventListener("webglcontextrestored",$t,!1),e.removeEventListener("webglcontextcreationerror",wt,!1),Ht("WebGLRenderer: "+w.message),w}function qt(){we=new $y(k),we.init(),ct=new RS(k,we),ge=new Ny(k,we,t,ct),xt=new AS(k,we),ge.reversedDepthBuffer&&f&&xt.buffers.depth.setReversed(!0),$=k.createFramebuffer(),D=k.createFramebuffer(),G=k.createFramebuffer(),Ne=new Zy(k),Ut=new fS,Vt=new TS(k,we,xt,Ut,ge,ct,Ne),C=new Xy(U),v=new K0(k),ut=new Dy(k,v),W=new qy(k,v,Ne,ut),at=new Ky(k,W,v,ut,Ne),it=new Jy(k,ge,Vt),nt=new Fy(Ut),rt=new uS(U,C,we,ge,ut,nt),pt=new LS(U,Ut),yt=new pS,et=new vS(we),L=new Ly(U,C,xt,at,_,l),_t=new ES(U,at,ge),Dt=new DS(k,Ne,ge,xt),j=new Uy(k,we,Ne),mt=new Yy(k,we,Ne),Ne.programs=rt.programs,U.capabilities=ge,U.extensions=we,U.properties=Ut,U.renderLists=yt,U.shadowMap=_t,U.state=xt,U.info=Ne}E!==dn&&(B=new Qy(E,e.width,e.height,a,s,r));let lt=new Yh(U,k);this.xr=lt,this.getContext=function(){return k},this.getContextAttributes=function(){return k.getContextAttributes()},this.forceContextLoss=function(){let w=we.get("WEBGL_lose_context");w&&w.loseContext()},this.forceContextRestore=function(){let w=we.get("WEBGL_lose_context");w&&w.restoreContext()},this.getPixelRatio=function(){return gt},this.setPixelRatio=function(w){w!==void 0&&(gt=w,this.setSize(Mt,Ct,!1))},this.getSize=function(w){return w.set(Mt,Ct)},this.setSize=function(w,F,Z=!0){if(lt.isPresenting){zt("WebGLRenderer: Can't change size while VR device is presenting.");return}Mt=w,Ct=F,e.width=Math.floor(w*gt),e.height=Math.floor(F*gt),Z===!0&&(e.style.width=w+"px",e.style.height=F+"px"),B!==null&&B.setSize(e.width,e.height),this.setViewport(0,0,w,F)},this.getDrawingBufferSize=function(w){return w.set(Mt*gt,Ct*gt).floor()},this.setDrawingBufferSize=function(w,F,Z){Mt=w,Ct=F,gt=Z,e.width=Math.floor(w*Z),e.height=Math.floor(F*Z),this.setViewport(0,0,w,F)},this.setEffects=function(w){if(E===dn){Ht("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(w){for(let F=0;F<w.length;F++)if(w[F].isOutputPass===!0){zt("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}B.setEffects(w||[])},this.getCurrentViewport=function(w){return w.copy(st)},this.getViewport=function(w){return w.copy(dt)},this.setViewport=function(w,F,Z,H){w.isVector4?dt.set(w.x,w.y,w.z,w.w):dt.set(w,F,Z,H),xt.viewport(st.copy(dt).multiplyScalar(Ue()).round())},this.getScissor=function(w){return w.copy(le)},this.setScissor=function(w,F,Z,H){w.isVector4?le.set(w.x,w.y,w.z,w.w):le.set(w,F,Z,H),xt.scissor(At.copy(le).multiplyScalar(Ue()).round())},this.getScissorTest=function(){return fe},this.setScissorTest=function(w){xt.setScissorTest(fe=w)},this.setOpaqueSort=function(w){It=w},this.setTransparentSort=function(w){Gt=w},this.getClearColor=function(w){return w.copy(L.getClearColor())},this.setClearColor=function(){L.setClearColor(...arguments)},this.getClearAlpha=function(){return L.getClearAlpha()},this.setClearAlpha=function(){L.setClearAlpha(...arguments)},this.clear=function(w=!0,F=!0,Z=!0){let H=0;if(w){let X=!1;if(ot!==null){let vt=ot.texture.format;X=g.has(vt)}if(X){let vt=ot.texture.type,Tt=p.has(vt),ht=L.getClearColor(),bt=L.getClearAlpha(),Lt=ht.r,Wt=ht.g,ie=ht.b;Tt?(b[0]=Lt,b[1]=Wt,b[2]=ie,b[3]=bt,k.clearBufferuiv(k.COLOR,0,b)):(A[0]=Lt,A[1]=Wt,A[2]=ie,A[3]=bt,k.clearBufferiv(k.COLOR,0,A))}else H|=k.COLOR_BUFFER_BIT}F&&(H|=k.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),Z&&(H|=k.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),H!==0&&k.clear(H)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(w){w.setRenderer(this),N=w},this.dispose=function(){e.removeEventListener("webglcontextlost",Nt,!1),e.removeEventListener("webglcontextrestored",$t,!1),e.removeEventListener("webglcontextcreationerror",wt,!1),L.dispose(),yt.dispose(),et.dispose(),Vt.dispose(),Ut.dispose(),C.dispose(),at.dispose(),W.dispose(),ut.dispose(),Dt.dispose(),rt.dispose(),lt.dispose(),lt.removeEventListener("sessionstart",pr),lt.removeEventListener("sessionend",bo),si.stop()};function Nt(w){w.preventDefault(),Lh("WebGLRenderer: Context Lost."),z=!0}function $t(){Lh("WebGLRenderer: Context Restored."),z=!1;let w=Ne.autoReset,F=_t.enabled,Z=_t.autoUpdate,H=_t.needsUpdate,X=_t.type;qt(),Ne.autoReset=w,_t.enabled=F,_t.autoUpdate=Z,_t.needsUpdate=H,_t.type=X}function wt(w){Ht("WebGLRenderer: A WebGL context could not be created. Reason: ",w.statusMessage)}function de(w){let F=w.target;F.removeEventListener("dispose",de),Fe(F)}function Fe(w){Nn(w),Ut.remove(w)}function Nn(w){let F=Ut.get(w).programs;F!==void 0&&(F.forEach(function(Z){rt.releaseProgram(Z)}),w.isShaderMaterial&&rt.releaseShaderCache(w))}this.renderBufferDirect=function(w,F,Z,H,X,vt){F===null&&(F=nn);let Tt=X.isMesh&&X.matrixWorld.determinantAffine()<0,ht=wc(w,F,Z,H,X);xt.setMaterial(H,Tt);let bt=Z.index,Lt=1;if(H.wireframe===!0){if(bt=W.getWireframeAttribute(Z),bt===void 0)return;Lt=2}let Wt=Z.drawRange,ie=Z.attributes.position,Rt=Wt.start*Lt,se=(Wt.start+Wt.count)*Lt;vt!==null&&(Rt=Math.max(Rt,vt.start*Lt),se=Math.min(se,(vt.start+vt.count)*Lt)),bt!==null?(Rt=Math.max(Rt,0),se=Math.min(se,bt.count)):ie!=null&&(Rt=Math.max(Rt,0),se=Math.min(se,ie.count));let Pe=se-Rt;if(Pe<0||Pe===1/0)return;ut.setup(X,H,ht,Z,bt);let xe,_e=j;if(bt!==null&&(xe=v.get(bt),_e=mt,_e.setIndex(xe)),X.isMesh)H.wireframe===!0?(xt.setLineWidth(H.wireframeLinewidth*Ue()),_e.setMode(k.LINES)):_e.setMode(k.TRIANGLES);else if(X.isLine){let We=H.linewidth;We===void 0&&(We=1),xt.setLineWidth(We*Ue()),X.isLineSegments?_e.setMode(k.LINES):X.isLineLoop?_e.setMode(k.LINE_LOOP):_e.setMode(k.LINE_STRIP)}else X.isPoints?_e.setMode(k.POINTS):X.isSprite&&_e.setMode(k.TRIANGLES);if(X.isBatchedMesh)if(we.get("WEBGL_multi_draw"))_e.renderMultiDraw(X._multiDrawStarts,X._multiDrawCounts,X._multiDrawCount);else{let We=X._multiDrawStarts,Pt=X._multiDrawCounts,Ie=X._multiDrawCount,ce=bt?v.get(bt).bytesPerElement:1,Cn=Ut.get(H).currentProgram.getUniforms();for(let Ge=0;Ge<Ie;Ge++)Cn.setValue(k,"_gl_DrawID",Ge),_e.render(We[Ge]/ce,Pt[Ge])}else if(X.isInstancedMesh)_e.renderInstances(Rt,Pe,X.count);else if(Z.isInstancedBufferGeometry){let We=Z._maxInstanceCount!==void 0?Z._maxInstanceCount:1/0,Pt=Math.min(Z.instanceCount,We);_e.renderInstances(Rt,Pe,Pt)}else _e.render(Rt,Pe)};function dr(w,F,Z,H){N!==null&&w.isNodeMaterial&&N.setObject(H,w),Ee===!0&&nt.setState(w,Z,!1),w.transparent===!0&&w.side===Qn&&w.forceSinglePass===!1?(w.side=un,w.needsUpdate=!0,$i(w,F,H),w.side=Bi,w.needsUpdate=!0,$i(w,F,H),w.side=Qn):$i(w,F,H)}this.compile=function(w,F,Z=null){Z===null&&(Z=w),N!==null&&N.renderStart(w,F,Z),y=et.get(Z),y.init(F),T.push(y),Z.traverseVisible(function(X){X.isLight&&X.layers.test(F.layers)&&(y.pushLight(X),X.castShadow&&y.pushShadow(X))}),w!==Z&&w.traverseVisible(function(X){X.isLight&&X.layers.test(F.layers)&&(y.pushLight(X),X.castShadow&&y.pushShadow(X))}),y.setupLights(),N!==null&&N.updateLights(y.state.lightsArray),Ye=this.localClippingEnabled,Ee=nt.init(this.clippingPlanes,Ye),Ee===!0&&nt.setGlobalState(this.clippingPlanes,F),N!==null&&_t.render(y.state.shadowsArray,Z,F);let H=new Set;return w.traverse(function(X){if(!(X.isMesh||X.isPoints||X.isLine||X.isSprite))return;let vt=X.material;if(vt)if(Array.isArray(vt))for(let Tt=0;Tt<vt.length;Tt++){let ht=vt[Tt];dr(ht,Z,F,X),H.add(ht)}else dr(vt,Z,F,X),H.add(vt)}),y=T.pop(),N!==null&&N.renderEnd(),H},this.compileAsync=function(w,F,Z=null){let H=this.compile(w,F,Z);return new Promise(X=>{function vt(){if(H.forEach(function(Tt){let bt=Ut.get(Tt).currentProgram;(bt===void 0||bt.isReady())&&H.delete(Tt)}),H.size===0){X(w);return}setTimeout(vt,10)}we.get("KHR_parallel_shader_compile")!==null?vt():setTimeout(vt,10)})};let ys=null;function Mo(w){ys&&ys(w)}function pr(){si.stop()}function bo(){si.start()}let si=new ip;si.setAnimationLoop(Mo),typeof self<"u"&&si.setContext(self),this.setAnimationLoop=function(w){ys=w,lt.setAnimationLoop(w),w===null?si.stop():si.start()},lt.addEventListener("sessionstart",pr),lt.addEventListener("sessionend",bo),this.render=function(w,F){if(F!==void 0&&F.isCamera!==!0){Ht("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(z===!0)return;N!==null&&N.renderStart(w,F);let Z=lt.enabled===!0&&lt.isPresenting===!0,H=B!==null&&(ot===null||Z)&&B.begin(U,ot);if(w.matrixWorldAutoUpdate===!0&&w.updateMatrixWorld(),F.parent===null&&F.matrixWorldAutoUpdate===!0&&F.updateMatrixWorld(),lt.enabled===!0&&lt.isPresenting===!0&&(B===null||B.isCompositing()===!1)&&(lt.cameraAutoUpdate===!0&&lt.updateCamera(F),F=lt.getCamera()),w.isScene===!0&&w.onBeforeRender(U,w,F,ot),y=et.get(w,T.length),y.init(F),y.state.textureUnits=Vt.getTextureUnits(),T.push(y),pe.multiplyMatrices(F.projectionMatrix,F.matrixWorldInverse),F.isArrayCamera?Se.setFromArrayCamera(F):Kt.setFromProjectionMatrix(pe,Ln,F.reversedDepth),Ye=this.localClippingEnabled,Ee=nt.init(this.clippingPlanes,Ye),R=yt.get(w,x.length),R.init(),x.push(R),this.info.render.frame++,lt.enabled===!0&&lt.isPresenting===!0){let Tt=U.xr.getDepthSensingMesh();Tt!==null&&Xi(Tt,F,-1/0,U.sortObjects)}Xi(w,F,0,U.sortObjects),R.finish(),N!==null&&N.updateLights(y.state.lightsArray),U.sortObjects===!0&&R.sort(It,Gt),sn=lt.enabled===!1||lt.isPresenting===!1||lt.hasDepthSensing()===!1,sn&&L.addToRenderList(R,w),this.info.autoReset===!0&&this.info.reset(),Ee===!0&&nt.beginShadows();let X=y.state.shadowsArray;if(_t.render(X,w,F),Ee===!0&&nt.endShadows(),(H&&B.hasRenderPass())===!1){let Tt=R.opaque,ht=R.transmissive;if(y.setupLights(),F.isArrayCamera){let bt=F.cameras;if(ht.length>0)for(let Lt=0,Wt=bt.length;Lt<Wt;Lt++){let ie=bt[Lt];vs(Tt,ht,w,ie)}sn&&L.render(w);for(let Lt=0,Wt=bt.length;Lt<Wt;Lt++){let ie=bt[Lt];Eo(R,w,ie,ie.viewport)}}else ht.length>0&&vs(Tt,ht,w,F),sn&&L.render(w),Eo(R,w,F)}ot!==null&&J===0&&(Vt.updateMultisampleRenderTarget(ot),Vt.updateRenderTargetMipmap(ot)),H&&B.end(U),w.isScene===!0&&w.onAfterRender(U,w,F),ut.resetDefaultState(),K=-1,Q=null,T.pop(),T.length>0?(y=T[T.length-1],Vt.setTextureUnits(y.state.textureUnits),Ee===!0&&nt.setGlobalState(U.clippingPlanes,y.state.camera)):y=null,x.pop(),x.length>0?R=x[x.length-1]:R=null,N!==null&&N.renderEnd()};function Xi(w,F,Z,H){if(w.visible===!1)return;if(w.layers.test(F.layers)){if(w.isGroup)Z=w.renderOrder;else if(w.isLOD)w.autoUpdate===!0&&w.update(F);else if(w.isLight)y.pushLight(w),w.castShadow&&y.pushShadow(w);else if(w.isSprite){let Tt=F.isArrayCamera?Se:Kt;if(!w.frustumCulled||w.intersectsFrustum(Tt)){H&&De.setFromMatrixPosition(w.matrixWorld).applyMatrix4(pe);let ht=at.update(w),bt=w.material;bt.visible&&R.push(w,ht,bt,Z,De.z,null,F)}}else if(w.isMesh||w.isLine||w.isPoints){let Tt=F.isArrayCamera?Se:Kt;if(!w.frustumCulled||w.intersectsFrustum(Tt)){let ht=at.update(w),bt=w.material;if(H&&(w.boundingSphere!==void 0?(w.boundingSphere===null&&w.computeBoundingSphere(),De.copy(w.boundingSphere.center)):(ht.boundingSphere===null&&ht.computeBoundingSphere(),De.copy(ht.boundingSphere.center)),De.applyMatrix4(w.matrixWorld).applyMatrix4(pe)),Array.isArray(bt)){let Lt=ht.groups;for(let Wt=0,ie=Lt.length;Wt<ie;Wt++){let Rt=Lt[Wt],se=bt[Rt.materialIndex];se&&se.visible&&R.push(w,ht,se,Z,De.z,Rt,F)}}else bt.visible&&R.push(w,ht,bt,Z,De.z,null,F)}}}let vt=w.children;for(let Tt=0,ht=vt.length;Tt<ht;Tt++)Xi(vt[Tt],F,Z,H)}function Eo(w,F,Z,H){let{opaque:X,transmissive:vt,transparent:Tt}=w;y.setupLightsView(Z),Ee===!0&&nt.setGlobalState(U.clippingPlanes,Z),H&&xt.viewport(st.copy(H)),X.length>0&&ri(X,F,Z),vt.length>0&&ri(vt,F,Z),Tt.length>0&&ri(Tt,F,Z),xt.buffers.depth.setTest(!0),xt.buffers.depth.setMask(!0),xt.buffers.color.setMask(!0),xt.setPolygonOffset(!1)}function vs(w,F,Z,H){if((Z.isScene===!0?Z.overrideMaterial:null)!==null)return;if(y.state.transmissionRenderTarget[H.id]===void 0){let Rt=we.has("EXT_color_buffer_half_float")||we.has("EXT_color_buffer_float");y.state.transmissionRenderTarget[H.id]=new wn(1,1,{generateMipmaps:!0,type:Rt?Hn:dn,minFilter:xi,samples:Math.max(4,ge.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:ae.workingColorSpace})}let vt=y.state.transmissionRenderTarget[H.id],Tt=H.viewport||st;vt.setSize(Tt.z*U.transmissionResolutionScale,Tt.w*U.transmissionResolutionScale);let ht=U.getRenderTarget(),bt=U.getActiveCubeFace(),Lt=U.getActiveMipmapLevel();U.setRenderTarget(vt),U.getClearColor(tt),St=U.getClearAlpha(),St<1&&U.setClearColor(16777215,.5),U.clear(),sn&&L.render(Z);let Wt=U.toneMapping;U.toneMapping=ti;let ie=H.viewport;if(H.viewport!==void 0&&(H.viewport=void 0),y.setupLightsView(H),Ee===!0&&nt.setGlobalState(U.clippingPlanes,H),ri(w,Z,H),Vt.updateMultisampleRenderTarget(vt),Vt.updateRenderTargetMipmap(vt),we.has("WEBGL_multisampled_render_to_texture")===!1){let Rt=!1;for(let se=0,Pe=F.length;se<Pe;se++){let xe=F[se],{object:_e,geometry:We,material:Pt,group:Ie}=xe;if(Pt.side===Qn&&_e.layers.test(H.layers)){let ce=Pt.side;Pt.side=un,Pt.needsUpdate=!0,Ao(_e,Z,H,We,Pt,Ie),Pt.side=ce,Pt.needsUpdate=!0,Rt=!0}}Rt===!0&&(Vt.updateMultisampleRenderTarget(vt),Vt.updateRenderTargetMipmap(vt))}U.setRenderTarget(ht,bt,Lt),U.setClearColor(tt,St),ie!==void 0&&(H.viewport=ie),U.toneMapping=Wt}function ri(w,F,Z){let H=F.isScene===!0?F.overrideMaterial:null;for(let X=0,vt=w.length;X<vt;X++){let Tt=w[X],{object:ht,geometry:bt,group:Lt}=Tt,Wt=Tt.material;Wt.allowOverride===!0&&H!==null&&(Wt=H),ht.layers.test(Z.layers)&&Ao(ht,F,Z,bt,Wt,Lt)}}function Ao(w,F,Z,H,X,vt){N!==null&&X.isNodeMaterial&&N.setObject(w,X),w.onBeforeRender(U,F,Z,H,X,vt),w.modelViewMatrix.multiplyMatrices(Z.matrixWorldInverse,w.matrixWorld),w.normalMatrix.getNormalMatrix(w.modelViewMatrix),X.onBeforeRender(U,F,Z,H,w,vt),X.transparent===!0&&X.side===Qn&&X.forceSinglePass===!1?(X.side=un,X.needsUpdate=!0,U.renderBufferDirect(Z,F,H,X,w,vt),X.side=Bi,X.needsUpdate=!0,U.renderBufferDirect(Z,F,H,X,w,vt),X.side=Qn):U.renderBufferDirect(Z,F,H,X,w,vt),w.onAfterRender(U,F,Z,H,X,vt)}function Ss(w){let F=0;for(let Z of w)Z.texture!==null&&F++;return F}function $i(w,F,Z){F.isScene!==!0&&(F=nn);let H=Ut.get(w),X=y.state.lights,vt=y.state.shadowsArray,Tt=X.state.version,ht=rt.getParameters(w,X.state,vt,F,Z,y.state.lightProbeGridArray),bt=rt.getProgramCacheKey(ht),Lt=H.programs;H.environment=w.isMeshStandardMaterial||w.isMeshLambertMaterial||w.isMeshPhongMaterial?F.environment:null,H.fog=F.fog;let Wt=w.isMeshStandardMaterial||w.isMeshLambertMaterial&&!w.envMap||w.isMeshPhongMaterial&&!w.envMap;H.envMap=C.get(w.envMap||H.environment,Wt),H.envMapRotation=H.environment!==null&&w.envMap===null?F.environmentRotation:w.envMapRotation,Lt===void 0&&(w.addEventListener("dispose",de),Lt=new Map,H.programs=Lt,H.programVariants=new Map);let ie=Lt.get(bt);if(ie!==void 0){if(H.currentProgram===ie&&H.lightsStateVersion===Tt)return Ro(w,ht),ie}else ht.uniforms=rt.getUniforms(w),N!==null&&w.isNodeMaterial&&N.build(w,Z,ht),w.onBeforeCompile(ht,U),ie=rt.acquireProgram(ht,bt),Lt.set(bt,ie),H.uniforms=ht.uniforms;let Rt=H.uniforms;return(!w.isShaderMaterial&&!w.isRawShaderMaterial||w.clipping===!0)&&(Rt.clippingPlanes=nt.uniform),Ro(w,ht),H.needsLights=Io(w),H.lightsStateVersion=Tt,H.needsLights&&(Rt.ambientLightColor.value=X.state.ambient,Rt.lightProbe.value=X.state.probe,Rt.sunLights.value=X.state.sun,Rt.sunLightShadows.value=X.state.sunShadow,Rt.directionalLights.value=X.state.directional,Rt.directionalLightShadows.value=X.state.directionalShadow,Rt.spotLights.value=X.state.spot,Rt.spotLightShadows.value=X.state.spotShadow,Rt.rectAreaLights.value=X.state.rectArea,Rt.ltc_1.value=X.state.rectAreaLTC1,Rt.ltc_2.value=X.state.rectAreaLTC2,Rt.pointLights.value=X.state.point,Rt.pointLightShadows.value=X.state.pointShadow,Rt.hemisphereLights.value=X.state.hemi,Rt.sunShadowMatrix.value=X.state.sunShadowMatrix,Rt.sunShadowCascade.value=X.state.sunShadowCascade,Rt.directionalShadowMatrix.value=X.state.directionalShadowMatrix,Rt.spotLightMatrix.value=X.state.spotLightMatrix,Rt.spotLightMap.value=X.state.spotLightMap,Rt.pointShadowMatrix.value=X.state.pointShadowMatrix),H.numLightProbeGrids=Ss(y.state.lightProbeGridArray),H.currentProgram=ie,H.uniformsList=null,ie}function Sc(w,F,Z,H,X){let vt=Ut.get(w),Tt=vt.currentProgram.id+","+H+","+X,ht=vt.programVariants.get(Tt);return ht===void 0?(ht=$i(w,F,Z),vt.programVariants.set(Tt,ht)):(vt.currentProgram=ht,vt.uniformsList=null,vt.outputColorSpace=H,vt.toneMapping=X),ht}function To(w){if(w.uniformsList===null){let F=w.currentProgram.getUniforms();w.uniformsList=Ks.seqWithValue(F.seq,w.uniforms)}return w.uniformsList}function Ro(w,F){let Z=Ut.get(w);Z.outputColorSpace=F.outputColorSpace,Z.batching=F.batching,Z.batchingColor=F.batchingColor,Z.instancing=F.instancing,Z.instancingColor=F.instancingColor,Z.instancingMorph=F.instancingMorph,Z.skinning=F.skinning,Z.morphTargets=F.morphTargets,Z.morphNormals=F.morphNormals,Z.morphColors=F.morphColors,Z.morphTargetsCount=F.morphTargetsCount,Z.numClippingPlanes=F.numClippingPlanes,Z.numIntersection=F.numClipIntersection,Z.vertexAlphas=F.vertexAlphas,Z.vertexTangents=F.vertexTangents,Z.toneMapping=F.toneMapping}function wc(w,F,Z,H,X){F.isScene!==!0&&(F=nn),Vt.resetTextureUnits();let vt=F.fog,Tt=H.isMeshStandardMaterial||H.isMeshLambertMaterial||H.isMeshPhongMaterial?F.environment:null,ht=ot===null?U.outputColorSpace:ot.isXRRenderTarget===!0?ot.texture.colorSpace:ae.workingColorSpace,bt=H.isMeshStandardMaterial||H.isMeshLambertMaterial&&!H.envMap||H.isMeshPhongMaterial&&!H.envMap,Lt=C.get(H.envMap||Tt,bt),Wt=H.vertexColors===!0&&!!Z.attributes.color&&Z.attributes.color.itemSize===4,ie=!!Z.attributes.tangent&&(!!H.normalMap||H.anisotropy>0),Rt=!!Z.morphAttributes.position,se=!!Z.morphAttributes.normal,Pe=!!Z.morphAttributes.color,xe=ti;H.toneMapped&&(ot===null||ot.isXRRenderTarget===!0)&&(xe=U.toneMapping);let _e=Z.morphAttributes.position||Z.morphAttributes.normal||Z.morphAttributes.color,We=_e!==void 0?_e.length:0,Pt=Ut.get(H),Ie=y.state.lights;if(Ee===!0&&(Ye===!0||w!==Q)){let Me=w===Q&&H.id===K;nt.setState(H,w,Me)}let ce=!1,Cn=!1;H.version===Pt.__version?Pt.needsLights&&Pt.lightsStateVersion!==Ie.state.version||X.isBatchedMesh&&Pt.batching===!1||!X.isBatchedMesh&&Pt.batching===!0||X.isBatchedMesh&&Pt.batchingColor===!0&&X._colorsTexture===null||X.isBatchedMesh&&Pt.batchingColor===!1&&X._colorsTexture!==null||X.isInstancedMesh&&Pt.instancing===!1||!X.isInstancedMesh&&Pt.instancing===!0||X.isSkinnedMesh&&Pt.skinning===!1||!X.isSkinnedMesh&&Pt.skinning===!0||X.isInstancedMesh&&Pt.instancingColor===!0&&X.instanceColor===null||X.isInstancedMesh&&Pt.instancingColor===!1&&X.instanceColor!==null||X.isInstancedMesh&&Pt.instancingMorph===!0&&X.morphTexture===null||X.isInstancedMesh&&Pt.instancingMorph===!1&&X.morphTexture!==null||Pt.envMap!==Lt||H.fog===!0&&Pt.fog!==vt||Pt.numClippingPlanes!==void 0&&(Pt.numClippingPlanes!==nt.numPlanes||Pt.numIntersection!==nt.numIntersection)||Pt.vertexAlphas!==Wt||Pt.vertexTangents!==ie||Pt.morphTargets!==Rt||Pt.morphNormals!==se||Pt.morphColors!==Pe||Pt.morphTargetsCount!==We||Pt.numLightProbeGrids!==Ss(y.state.lightProbeGridArray)?ce=!0:(Pt.outputColorSpace!==ht||Pt.toneMapping!==xe)&&(Cn=!0):(ce=!0,Pt.__version=H.version);let Ge=Pt.currentProgram;(ce===!0||Cn===!0)&&(Ge=Cn===!0?Sc(H,F,X,ht,xe):$i(H,F,X),N&&H.isNodeMaterial&&N.onUpdateProgram(H,Ge,Pt));let ws=!1,xn=!1,oi=!1,he=Ge.getUniforms(),Oe=Pt.uniforms;if(xt.useProgram(Ge.program)&&(ws=!0,xn=!0,oi=!0),H.id!==K&&(K=H.id,xn=!0),ws||Q!==w){xt.buffers.depth.getReversed()&&w.reversedDepth!==!0&&(w._reversedDepth=!0,w.updateProjectionMatrix()),he.setValue(k,"projectionMatrix",w.projectionMatrix),he.setValue(k,"viewMatrix",w.matrixWorldInverse);let Be=he.map.cameraPosition;Be!==void 0&&Be.setValue(k,_n.setFromMatrixPosition(w.matrixWorld)),ge.logarithmicDepthBuffer&&he.setValue(k,"logDepthBufFC",2/(Math.log(w.far+1)/Math.LN2)),(H.isMeshPhongMaterial||H.isMeshToonMaterial||H.isMeshLambertMaterial||H.isMeshBasicMaterial||H.isMeshStandardMaterial||H.isShaderMaterial)&&he.setValue(k,"isOrthographic",w.isOrthographicCamera===!0),Q!==w&&(Q=w,xn=!0,oi=!0)}if(Pt.needsLights&&(Ie.state.sunShadowMap.length>0&&he.setValue(k,"sunShadowMap",Ie.state.sunShadowMap,Vt),Ie.state.directionalShadowMap.length>0&&he.setValue(k,"directionalShadowMap",Ie.state.directionalShadowMap,Vt),Ie.state.spotShadowMap.length>0&&he.setValue(k,"spotShadowMap",Ie.state.spotShadowMap,Vt),Ie.state.pointShadowMap.length>0&&he.setValue(k,"pointShadowMap",Ie.state.pointShadowMap,Vt)),X.isSkinnedMesh){he.setOptional(k,X,"bindMatrix"),he.setOptional(k,X,"bindMatrixInverse");let Me=X.skeleton;Me&&(Me.boneTexture===null&&Me.computeBoneTexture(),he.setValue(k,"boneTexture",Me.boneTexture,Vt))}X.isBatchedMesh&&(he.setOptional(k,X,"batchingTexture"),he.setValue(k,"batchingTexture",X._matricesTexture,Vt),he.setOptional(k,X,"batchingIdTexture"),he.setValue(k,"batchingIdTexture",X._indirectTexture,Vt),he.setOptional(k,X,"batchingColorTexture"),X._colorsTexture!==null&&he.setValue(k,"batchingColorTexture",X._colorsTexture,Vt));let rn=Z.morphAttributes;if((rn.position!==void 0||rn.normal!==void 0||rn.color!==void 0)&&it.update(X,Z,Ge),(xn||Pt.receiveShadow!==X.receiveShadow)&&(Pt.receiveShadow=X.receiveShadow,he.setValue(k,"receiveShadow",X.receiveShadow)),(H.isMeshStandardMaterial||H.isMeshLambertMaterial||H.isMeshPhongMaterial)&&H.envMap===null&&F.environment!==null&&(Oe.envMapIntensity.value=F.environmentIntensity),Oe.dfgLUT!==void 0&&(Oe.dfgLUT.value=NS()),xn){if(he.setValue(k,"toneMappingExposure",U.toneMappingExposure),Pt.needsLights&&Co(Oe,oi),vt&&H.fog===!0&&pt.refreshFogUniforms(Oe,vt),pt.refreshMaterialUniforms(Oe,H,gt,Ct,y.state.transmissionRenderTarget[w.id]),Pt.needsLights&&Pt.numLightProbeGrids>0){let Me=M,Be=0;for(let In of y.state.lightProbeGridArray)In.texture!==null&&(Me.textures[Be]=In.texture,Me.min[Be]=In.boundingBox.min,Me.max[Be]=In.boundingBox.max,Me.resolution[Be]=In.resolution,Be++);for(let In in Me)Me[In].length=Be;Oe.probesSH.value=Me.textures,Oe.probesMin.value=Me.min,Oe.probesMax.value=Me.max,Oe.probesResolution.value=Me.resolution}Ks.upload(k,To(Pt),Oe,Vt)}if(H.isShaderMaterial&&H.uniformsNeedUpdate===!0&&(Ks.upload(k,To(Pt),Oe,Vt),H.uniformsNeedUpdate=!1),H.isSpriteMaterial&&he.setValue(k,"center",X.center),he.setValue(k,"modelViewMatrix",X.modelViewMatrix),he.setValue(k,"normalMatrix",X.normalMatrix),he.setValue(k,"modelMatrix",X.matrixWorld),H.uniformsGroups!==void 0){let Me=H.uniformsGroups;for(let Be=0,In=Me.length;Be<In;Be++){let gr=Me[Be];Dt.update(gr,Ge),Dt.bind(gr,Ge)}}return Ge}function Co(w,F){w.ambientLightColor.needsUpdate=F,w.lightProbe.needsUpdate=F,w.sunLights.needsUpdate=F,w.sunLightShadows.needsUpdate=F,w.directionalLights.needsUpdate=F,w.directionalLightShadows.needsUpdate=F,w.pointLights.needsUpdate=F,w.pointLightShadows.needsUpdate=F,w.spotLights.needsUpdate=F,w.spotLightShadows.needsUpdate=F,w.rectAreaLights.needsUpdate=F,w.hemisphereLights.needsUpdate=F}function Io(w){return w.isMeshLambertMaterial||w.isMeshToonMaterial||w.isMeshPhongMaterial||w.isMeshStandardMaterial||w.isShadowMaterial||w.isShaderMaterial&&w.lights===!0}this.getActiveCubeFace=function(){return Y},this.getActiveMipmapLevel=function(){return J},this.getRenderTarget=function(){return ot},this.setRenderTargetTextures=function(w,F,Z){let H=Ut.get(w);H.__autoAllocateDepthBuffer=w.resolveDepthBuffer===!1,H.__autoAllocateDepthBuffer===!1&&(H.__useRenderToTexture=!1),Ut.get(w.texture).__webglTexture=F,Ut.get(w.depthTexture).__webglTexture=H.__autoAllocateDepthBuffer?void 0:Z,H.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(w,F){let Z=Ut.get(w);Z.__webglFramebuffer=F,Z.__useDefaultFramebuffer=F===void 0},this.setRenderTarget=function(w,F=0,Z=0){ot=w,Y=F,J=Z;let H=null,X=!1,vt=!1;if(w){let ht=Ut.get(w);if(ht.__useDefaultFramebuffer!==void 0){xt.bindFramebuffer(k.FRAMEBUFFER,ht.__webglFramebuffer),st.copy(w.viewport),At.copy(w.scissor),Bt=w.scissorTest,xt.viewport(st),xt.scissor(At),xt.setScissorTest(Bt),K=-1;return}else if(ht.__webglFramebuffer===void 0)Vt.setupRenderTarget(w);else if(ht.__hasExternalTextures)Vt.rebindTextures(w,Ut.get(w.texture).__webglTexture,Ut.get(w.depthTexture).__webglTexture);else if(w.depthBuffer){let Wt=w.depthTexture;if(ht.__boundDepthTexture!==Wt){if(Wt!==null&&Ut.has(Wt)&&(w.width!==Wt.image.width||w.height!==Wt.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Vt.setupDepthRenderbuffer(w)}}let bt=w.texture;(bt.isData3DTexture||bt.isDataArrayTexture||bt.isCompressedArrayTexture)&&(vt=!0);let Lt=Ut.get(w).__webglFramebuffer;w.isWebGLCubeRenderTarget?(Array.isArray(Lt[F])?H=Lt[F][Z]:H=Lt[F],X=!0):w.samples>0&&Vt.useMultisampledRTT(w)===!1?H=Ut.get(w).__webglMultisampledFramebuffer:Array.isArray(Lt)?H=Lt[Z]:H=Lt,st.copy(w.viewport),At.copy(w.scissor),Bt=w.scissorTest}else st.copy(dt).multiplyScalar(gt).floor(),At.copy(le).multiplyScalar(gt).floor(),Bt=fe;if(Z!==0&&(H=$),xt.bindFramebuffer(k.FRAMEBUFFER,H)&&xt.drawBuffers(w,H),xt.viewport(st),xt.scissor(At),xt.setScissorTest(Bt),X){let ht=Ut.get(w.texture);k.framebufferTexture2D(k.FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_CUBE_MAP_POSITIVE_X+F,ht.__webglTexture,Z)}else if(vt){let ht=F;for(let bt=0;bt<w.textures.length;bt++){let Lt=Ut.get(w.textures[bt]);k.framebufferTextureLayer(k.FRAMEBUFFER,k.COLOR_ATTACHMENT0+bt,Lt.__webglTexture,Z,ht)}}else if(w!==null&&Z!==0){let ht=Ut.get(w.texture);k.framebufferTexture2D(k.FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_2D,ht.__webglTexture,Z)}K=-1};function mr(w){let F=Ut.get(w);return(F.__readFormat!==w.format||F.__readType!==w.type)&&(F.__readFormat=w.format,F.__readType=w.type,F.__formatReadable=ge.textureFormatReadable(w.format),F.__typeReadable=ge.textureTypeReadable(w.type)),F}this.readRenderTargetPixels=function(w,F,Z,H,X,vt,Tt,ht=0){if(!(w&&w.isWebGLRenderTarget)){Ht("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let bt=Ut.get(w).__webglFramebuffer;if(w.isWebGLCubeRenderTarget&&Tt!==void 0&&(bt=bt[Tt],Array.isArray(bt)&&(bt=bt[0])),bt){xt.bindFramebuffer(k.FRAMEBUFFER,bt);try{let Lt=w.textures[ht],Wt=Lt.format,ie=Lt.type;w.textures.length>1&&k.readBuffer(k.COLOR_ATTACHMENT0+ht);let Rt=mr(Lt);if(Rt.__formatReadable===!1){Ht("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Rt.__typeReadable===!1){Ht("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}F>=0&&F<=w.width-H&&Z>=0&&Z<=w.height-X&&k.readPixels(F,Z,H,X,ct.convert(Wt),ct.convert(ie),vt)}finally{let Lt=ot!==null?Ut.get(ot).__webglFramebuffer:null;xt.bindFramebuffer(k.FRAMEBUFFER,Lt)}}},this.readRenderTargetPixelsAsync=async function(w,F,Z,H,X,vt,Tt,ht=0){if(!(w&&w.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let bt=Ut.get(w).__webglFramebuffer;if(w.isWebGLCubeRenderTarget&&Tt!==void 0&&(bt=bt[Tt],Array.isArray(bt)&&(bt=bt[0])),bt)if(F>=0&&F<=w.width-H&&Z>=0&&Z<=w.height-X){xt.bindFramebuffer(k.FRAMEBUFFER,bt);let Lt=w.textures[ht],Wt=Lt.format,ie=Lt.type;w.textures.length>1&&k.readBuffer(k.COLOR_ATTACHMENT0+ht);let Rt=mr(Lt);if(Rt.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Rt.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let se=k.createBuffer();k.bindBuffer(k.PIXEL_PACK_BUFFER,se),k.bufferData(k.PIXEL_PACK_BUFFER,vt.byteLength,k.STREAM_READ),k.readPixels(F,Z,H,X,ct.convert(Wt),ct.convert(ie),0),k.bindBuffer(k.PIXEL_PACK_BUFFER,null);let Pe=ot!==null?Ut.get(ot).__webglFramebuffer:null;xt.bindFramebuffer(k.FRAMEBUFFER,Pe);let xe=k.fenceSync(k.SYNC_GPU_COMMANDS_COMPLETE,0);return k.flush(),await Cd(k,xe,4),k.bindBuffer(k.PIXEL_PACK_BUFFER,se),k.getBufferSubData(k.PIXEL_PACK_BUFFER,0,vt),k.bindBuffer(k.PIXEL_PACK_BUFFER,null),k.deleteBuffer(se),k.deleteSync(xe),vt}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(w,F=null,Z=0){let H=Math.pow(2,-Z),X=Math.floor(w.image.width*H),vt=Math.floor(w.image.height*H),Tt=F!==null?F.x:0,ht=F!==null?F.y:0;Vt.setTexture2D(w,0),k.copyTexSubImage2D(k.TEXTURE_2D,Z,0,0,Tt,ht,X,vt),xt.unbindTexture()},this.copyTextureToTexture=function(w,F,Z=null,H=null,X=0,vt=0){let Tt,ht,bt,Lt,Wt,ie,Rt,se,Pe,xe=w.isCompressedTexture?w.mipmaps[vt]:w.image;if(Z!==null)Tt=Z.max.x-Z.min.x,ht=Z.max.y-Z.min.y,bt=Z.isBox3?Z.max.z-Z.min.z:1,Lt=Z.min.x,Wt=Z.min.y,ie=Z.isBox3?Z.min.z:0;else{let he=Math.pow(2,-X);Tt=Math.floor(xe.width*he),ht=Math.floor(xe.height*he),w.isDataArrayTexture?bt=xe.depth:w.isData3DTexture?bt=Math.floor(xe.depth*he):bt=1,Lt=0,Wt=0,ie=0}H!==null?(Rt=H.x,se=H.y,Pe=H.z):(Rt=0,se=0,Pe=0);let _e=ct.convert(F.format),We=ct.convert(F.type),Pt;F.isData3DTexture?(Vt.setTexture3D(F,0),Pt=k.TEXTURE_3D):F.isDataArrayTexture||F.isCompressedArrayTexture?(Vt.setTexture2DArray(F,0),Pt=k.TEXTURE_2D_ARRAY):(Vt.setTexture2D(F,0),Pt=k.TEXTURE_2D),xt.activeTexture(k.TEXTURE0),xt.pixelStorei(k.UNPACK_FLIP_Y_WEBGL,F.flipY),xt.pixelStorei(k.UNPACK_PREMULTIPLY_ALPHA_WEBGL,F.premultiplyAlpha),xt.pixelStorei(k.UNPACK_ALIGNMENT,F.unpackAlignment);let Ie=xt.getParameter(k.UNPACK_ROW_LENGTH),ce=xt.getParameter(k.UNPACK_IMAGE_HEIGHT),Cn=xt.getParameter(k.UNPACK_SKIP_PIXELS),Ge=xt.getParameter(k.UNPACK_SKIP_ROWS),ws=xt.getParameter(k.UNPACK_SKIP_IMAGES);xt.pixelStorei(k.UNPACK_ROW_LENGTH,xe.width),xt.pixelStorei(k.UNPACK_IMAGE_HEIGHT,xe.height),xt.pixelStorei(k.UNPACK_SKIP_PIXELS,Lt),xt.pixelStorei(k.UNPACK_SKIP_ROWS,Wt),xt.pixelStorei(k.UNPACK_SKIP_IMAGES,ie);let xn=w.isDataArrayTexture||w.isData3DTexture,oi=F.isDataArrayTexture||F.isData3DTexture;if(w.isDepthTexture){let he=Ut.get(w),Oe=Ut.get(F),rn=Ut.get(he.__renderTarget),Me=Ut.get(Oe.__renderTarget);xt.bindFramebuffer(k.READ_FRAMEBUFFER,rn.__webglFramebuffer),xt.bindFramebuffer(k.DRAW_FRAMEBUFFER,Me.__webglFramebuffer);for(let Be=0;Be<bt;Be++)xn&&(k.framebufferTextureLayer(k.READ_FRAMEBUFFER,k.COLOR_ATTACHMENT0,Ut.get(w).__webglTexture,X,ie+Be),k.framebufferTextureLayer(k.DRAW_FRAMEBUFFER,k.COLOR_ATTACHMENT0,Ut.get(F).__webglTexture,vt,Pe+Be)),k.blitFramebuffer(Lt,Wt,Lt+Tt,Wt+ht,Rt,se,Rt+Tt,se+ht,k.DEPTH_BUFFER_BIT,k.NEAREST);xt.bindFramebuffer(k.READ_FRAMEBUFFER,null),xt.bindFramebuffer(k.DRAW_FRAMEBUFFER,null)}else if(X!==0||w.isRenderTargetTexture||Ut.has(w)){let he=Ut.get(w),Oe=Ut.get(F);xt.bindFramebuffer(k.READ_FRAMEBUFFER,D),xt.bindFramebuffer(k.DRAW_FRAMEBUFFER,G);for(let rn=0;rn<bt;rn++)xn?k.framebufferTextureLayer(k.READ_FRAMEBUFFER,k.COLOR_ATTACHMENT0,he.__webglTexture,X,ie+rn):k.framebufferTexture2D(k.READ_FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_2D,he.__webglTexture,X),oi?k.framebufferTextureLayer(k.DRAW_FRAMEBUFFER,k.COLOR_ATTACHMENT0,Oe.__webglTexture,vt,Pe+rn):k.framebufferTexture2D(k.DRAW_FRAMEBUFFER,k.COLOR_ATTACHMENT0,k.TEXTURE_2D,Oe.__webglTexture,vt),X!==0?k.blitFramebuffer(Lt,Wt,Lt+Tt,Wt+ht,Rt,se,Rt+Tt,se+ht,k.COLOR_BUFFER_BIT,k.NEAREST):oi?k.copyTexSubImage3D(Pt,vt,Rt,se,Pe+rn,Lt,Wt,Tt,ht):k.copyTexSubImage2D(Pt,vt,Rt,se,Lt,Wt,Tt,ht);xt.bindFramebuffer(k.READ_FRAMEBUFFER,null),xt.bindFramebuffer(k.DRAW_FRAMEBUFFER,null)}else oi?w.isDataTexture||w.isData3DTexture?k.texSubImage3D(Pt,vt,Rt,se,Pe,Tt,ht,bt,_e,We,xe.data):F.isCompressedArrayTexture?k.compressedTexSubImage3D(Pt,vt,Rt,se,Pe,Tt,ht,bt,_e,xe.data):k.texSubImage3D(Pt,vt,Rt,se,Pe,Tt,ht,bt,_e,We,xe):w.isDataTexture?k.texSubImage2D(k.TEXTURE_2D,vt,Rt,se,Tt,ht,_e,We,xe.data):w.isCompressedTexture?k.compressedTexSubImage2D(k.TEXTURE_2D,vt,Rt,se,xe.width,xe.height,_e,xe.data):k.texSubImage2D(k.TEXTURE_2D,vt,Rt,se,Tt,ht,_e,We,xe);xt.pixelStorei(k.UNPACK_ROW_LENGTH,Ie),xt.pixelStorei(k.UNPACK_IMAGE_HEIGHT,ce),xt.pixelStorei(k.UNPACK_SKIP_PIXELS,Cn),xt.pixelStorei(k.UNPACK_SKIP_ROWS,Ge),xt.pixelStorei(k.UNPACK_SKIP_IMAGES,ws),vt===0&&F.generateMipmaps===!0&&F.mipmapsAutoUpdate===!0&&k.generateMipmap(Pt),xt.unbindTexture()},this.initRenderTarget=function(w){Ut.get(w).__webglFramebuffer===void 0&&Vt.setupRenderTarget(w)},this.initTexture=function(w){w.isCubeTexture?Vt.setTextureCube(w,0):w.isData3DTexture?Vt.setTexture3D(w,0):w.isDataArrayTexture||w.isCompressedArrayTexture?Vt.setTexture2DArray(w,0):Vt.setTexture2D(w,0),xt.unbindTexture()},this.resetState=function(){Y=0,J=0,ot=null,xt.reset(),ut.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return Ln}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(t){this._outputColorSpace=t;let e=this.getContext();e.drawingBufferColorSpace=ae._getDrawingBufferColorSpace(t),e.unpackColorSpace=ae._getUnpackColorSpace()}};var ii=["eyeBlinkLeft","eyeLookDownLeft","eyeLookInLeft","eyeLookOutLeft","eyeLookUpLeft","eyeSquintLeft","eyeWideLeft","eyeBlinkRight","eyeLookDownRight","eyeLookInRight","eyeLookOutRight","eyeLookUpRight","eyeSquintRight","eyeWideRight","jawForward","jawLeft","jawRight","jawOpen","mouthClose","mouthFunnel","mouthPucker","mouthLeft","mouthRight","mouthSmileLeft","mouthSmileRight","mouthFrownLeft","mouthFrownRight","mouthDimpleLeft","mouthDimpleRight","mouthStretchLeft","mouthStretchRight","mouthRollLower","mouthRollUpper","mouthShrugLower","mouthShrugUpper","mouthPressLeft","mouthPressRight","mouthLowerDownLeft","mouthLowerDownRight","mouthUpperUpLeft","mouthUpperUpRight","browDownLeft","browDownRight","browInnerUp","browOuterUpLeft","browOuterUpRight","cheekPuff","cheekSquintLeft","cheekSquintRight","noseSneerLeft","noseSneerRight","tongueOut"],ee=ii.length,fn=Object.fromEntries(ii.map((i,t)=>[i,t])),FS=["pitch","yaw","roll","x","y","z"],Pl=Math.PI/2,Ll=2,Jh=[Pl,Pl,Pl,Ll,Ll,Ll],Kh=255,Dl=32767,OS=7,so=2+OS,pp=12,jA=1/(2*Kh),QA=Pl/Dl/2,tT=Ll/Dl/2,pn=class extends Error{},ls=class i{constructor(t,e=new Float32Array(ee),n=new Float32Array(6)){if(!Number.isInteger(t)||t<0)throw new pn(`bad timestamp ${t}`);if(e.length!==ee)throw new pn(`expected 52 weights, got ${e.length}`);for(let s=0;s<ee;s++){let r=e[s];if(!(r>=0&&r<=1))throw new pn(`${ii[s]}=${r} is outside [0, 1]`)}for(let s=0;s<6;s++)if(!(Math.abs(n[s])<=Jh[s]*(1+1e-6)))throw new pn(`head ${FS[s]}=${n[s]} out of range`);this.timestamp=t,this.weights=Float32Array.from(e),this.pose=Float32Array.from(n)}static fromNamed(t,e,n){let s=new Float32Array(ee);for(let[r,o]of Object.entries(e)){if(!(r in fn))throw new pn(`unknown blendshape ${r}`);s[fn[r]]=o}return new i(t,s,n)}weight(t){return this.weights[fn[t]]}};function BS(i){return Math.sign(i)*Math.floor(Math.abs(i)+.5)}function mp(i,t){if(!Number.isInteger(t)||t<-32768||t>32767)throw new pn(`motion frame is ${t} samples from its packet; the limit is \xB132767`);let e=new Uint8Array(ee),n=0;for(let c=0;c<ee;c++)e[c]=Math.floor(i.weights[c]*Kh+.5),e[c]&&n++;let s=Array.from(i.pose,(c,h)=>BS(c/Jh[h]*Dl)),r=s.some(c=>c!==0),o=new Uint8Array(so+n+(r?pp:0)),a=new DataView(o.buffer);a.setInt16(0,t);let l=so;for(let c=0;c<ee;c++)e[c]&&(o[2+(c>>3)]|=1<<(c&7),o[l++]=e[c]);return r&&(o[2+(ee>>3)]|=1<<(ee&7),s.forEach((c,h)=>a.setInt16(l+2*h,c))),o}function gp(i,t){if(i.length<so)throw new pn(`motion frame of ${i.length} bytes is shorter than its 9-byte header`);let e=new DataView(i.buffer,i.byteOffset,i.byteLength),n=e.getInt16(0);if(i[8]&224)throw new pn("motion frame mask has reserved bits 53..55 set");let s=0;for(let u=0;u<ee;u++)i[2+(u>>3)]&1<<(u&7)&&s++;let r=(i[2+(ee>>3)]&1<<(ee&7))!==0,o=so+s+(r?pp:0);if(i.length!==o)throw new pn(`motion frame is ${i.length} bytes; its mask says ${o}`);let a=new Float32Array(ee),l=so;for(let u=0;u<ee;u++)i[2+(u>>3)]&1<<(u&7)&&(a[u]=i[l++]/Kh);let c=new Float32Array(6);if(r)for(let u=0;u<6;u++){let f=e.getInt16(l+2*u);if(f===-32768)throw new pn("motion frame pose value -32768 is out of range (\xB132767)");c[u]=f/Dl*Jh[u]}let h=((t+n)%2**32+2**32)%2**32;return new ls(h,a,c)}var wp=.5,Qh=.65,Mp=.55,bp=.17,kS=.08,jh=.07,Xn=-.31,tu=.15,Ep=.2,zS=-.02,GS=-.12,VS=.24,Ul=Math.PI/180,mn={skin:[.86,.66,.55],hair:[.2,.13,.08],lip:[.72,.33,.36],mouth:[.16,.03,.05],teeth:[.95,.93,.88],tongue:[.85,.4,.45],brow:[.25,.16,.1],white:[.97,.97,.95],iris:[.3,.45,.6],pupil:[.04,.04,.04],lash:[.15,.1,.08]},Fl=(i,t,e)=>Math.min(e,Math.max(t,i)),Si=(i,t,e)=>{let n=Fl((e-i)/(t-i),0,1);return n*n*(3-2*n)},Ap=i=>1-.3*Fl(-i/Qh,0,1)**2;function cs(i,t){let e=wp*Ap(t);return Mp*Math.sqrt(Math.max(0,1-(i/e)**2-(t/Qh)**2))}function HS(i,t){let e=i[1]-zS,n=i[2]-GS,s=Math.cos(t),r=Math.sin(t);return[0,e*s-n*r-e,e*r+n*s-n]}function Ol(i,t){switch(t){case"jawOpen":return HS(i,VS);case"jawForward":return[0,0,.04];case"jawLeft":return[.05,0,0];case"jawRight":return[-.05,0,0];default:return null}}function eu(i,t,e){let n=Fl(i[0]/tu,-1,1),s=Math.max(0,n)**2,r=Math.max(0,-n)**2,o=Si(-.4,.4,n),a=1-o,l=1-.6*n*n;switch(t){case"mouthSmileLeft":return[.03*s,.05*s,-.02*s];case"mouthSmileRight":return[-.03*r,.05*r,-.02*r];case"mouthFrownLeft":return[0,-.04*s,0];case"mouthFrownRight":return[0,-.04*r,0];case"mouthDimpleLeft":return[.02*s,0,-.025*s];case"mouthDimpleRight":return[-.02*r,0,-.025*r];case"mouthStretchLeft":return[.045*s,-.01*s,-.01*s];case"mouthStretchRight":return[-.045*r,-.01*r,-.01*r];case"mouthPressLeft":return[0,(e?-.01:.012)*o,0];case"mouthPressRight":return[0,(e?-.01:.012)*a,0];case"mouthLowerDownLeft":return e?null:[0,-.045*o*l,.005];case"mouthLowerDownRight":return e?null:[0,-.045*a*l,.005];case"mouthUpperUpLeft":return e?[0,.035*o*l,.005]:null;case"mouthUpperUpRight":return e?[0,.035*a*l,.005]:null;case"mouthLeft":return[.05,0,0];case"mouthRight":return[-.05,0,0];case"mouthFunnel":return[-.15*i[0],(e?.025:-.03)*l,.03];case"mouthPucker":return[-.4*i[0],e?-.005:.005,.045*l];case"mouthRollLower":return e?null:[0,.012,-.025];case"mouthRollUpper":return e?[0,-.01,-.025]:null;case"mouthShrugLower":return e?null:[0,.02,.01];case"mouthShrugUpper":return e?[0,.015,.005]:null;case"mouthClose":return e?[0,-.01,0]:[0,.05,.01];default:return e?null:Ol(i,t)}}var ro=(i,t,e,n)=>Math.exp(-((i/e)**2)-(t/n)**2);function WS(i,t){let[e,n,s]=i,r=Si(-.25,.05,s),o=Si(Xn+.01,Xn-.06,n)*r*Si(-.75,-.55,n),a=ro(e,n-Xn,.2,.09)*r,l=e>0?"Left":"Right",c=Math.sign(e),h=Ol(i,t);if(h)return h.map(d=>d*o);if(t.startsWith("mouth")){let d=eu(i,t,n>Xn);return d&&d.map(_=>_*a)}let u=ro(Math.abs(e)-bp,n-Ep,.12,.07)*r,f=1-Si(.05,.3,Math.abs(e));switch(t){case`browDown${l}`:return[0,-.03*u,0];case`browOuterUp${l}`:return[0,.035*u*(1-f),0];case"browInnerUp":return[0,.04*u*f,0];case"cheekPuff":{let d=ro(Math.abs(e)-.27,n+.25,.12,.12)*r;return[.06*c*d,0,.02*d]}case`cheekSquint${l}`:{let d=ro(Math.abs(e)-.24,n+.06,.09,.07)*r;return[0,.025*d,.01*d]}case`noseSneer${l}`:return[0,.02*(ro(Math.abs(e)-.05,n+.1,.06,.06)*r),0];default:return null}}function zi(i,t,e,n,s=null){let r=(t.index,t),o=r.attributes.position,a=o.count,l=new Float32Array(a*3),c=new Float32Array(a*3);for(let u=0;u<a;u++){let f=[o.getX(u),o.getY(u),o.getZ(u)];l.set(f,3*u),c.set(s?s(f,u):e,3*u)}let h=r.index?Array.from(r.index.array):Array.from({length:a},(u,f)=>f);i.push({base:l,colors:c,index:h,shapes:n})}function XS(i){let t=new es(.5,72,56),e=t.attributes.position;for(let s=0;s<e.count;s++){let r=e.getX(s)*2,o=e.getY(s)*2,a=e.getZ(s)*2,l=o*Qh;e.setXYZ(s,r*wp*Ap(l),l,a*Mp*(a<0?.95:1))}zi(i,t,null,WS,([s,r,o])=>{let a=.36+.08*Math.abs(s)-.3*Si(.1,.45,-o+.3);return r>a||o<-.15&&r>-.2?mn.hair:mn.skin})}function _p(i,t){let e=t*bp,n=kS,s=cs(e,n)-.035,r=t>0?"Left":"Right",o=new es(jh,32,24),a=([u,f,d])=>{let _=Math.acos(Fl(d/jh,-1,1));return _<.18?mn.pupil:_<.42?mn.iris:mn.white},l=(u,f)=>{let d=0,_=0,E=.35;if(f===`eyeLookUp${r}`)d=-E;else if(f===`eyeLookDown${r}`)d=E;else if(f===`eyeLookOut${r}`)_=t*E;else if(f===`eyeLookIn${r}`)_=-t*E;else return null;let[g,p,b]=u,A=p*Math.cos(d)-b*Math.sin(d),M=p*Math.sin(d)+b*Math.cos(d),R=g*Math.cos(_)+M*Math.sin(_),y=-g*Math.sin(_)+M*Math.cos(_);return[R-g,A-p,y-b]},c=i.length;zi(i,o,null,l,a);let h=i[c];for(let u=0;u<h.base.length;u+=3)h.base[u]+=e,h.base[u+1]+=n,h.base[u+2]+=s;h.shapes=(u,f)=>l([u[0]-e,u[1]-n,u[2]-s],f),xp(i,e,n,s,r,!0),xp(i,e,n,s,r,!1)}function xp(i,t,e,n,s,r){let o=jh+.006,a=(r?75:-75)*Ul,l=(r?28:-32)*Ul,c=24,h=10,u=(A,M,R)=>{let y=a+M*(R-a);return[t+o*Math.cos(y)*Math.sin(A),e+o*Math.sin(y),n+o*Math.cos(y)*Math.cos(A)]},f=[],d=[],_=[];for(let A=0;A<=h;A++)for(let M=0;M<=c;M++){let R=(-65+130*M/c)*Ul,y=A/h;f.push(...u(R,y,l)),d.push([R,y])}for(let A=0;A<h;A++)for(let M=0;M<c;M++){let R=A*(c+1)+M,y=R+c+1;r?_.push(R,y,R+1,R+1,y,y+1):_.push(R,R+1,y,R+1,y+1,y)}let E=r?{[`eyeBlink${s}`]:-30,[`eyeWide${s}`]:48,[`eyeSquint${s}`]:18}:{[`eyeSquint${s}`]:-12,[`cheekSquint${s}`]:-22,[`eyeBlink${s}`]:-31},g=new Float32Array(f),p=new Float32Array(f.length);d.forEach(([,A],M)=>p.set(A>.85?mn.lash:mn.skin,3*M));let b=new Map(d.map((A,M)=>[M,A]));i.push({base:g,colors:p,index:_,shapes:(A,M,R)=>{if(!(M in E))return null;let[y,x]=b.get(R),T=u(y,x,l),B=u(y,x,E[M]*Ul);return[B[0]-T[0],B[1]-T[1],B[2]-T[2]]}})}function yp(i,t){let e=t>0?"Left":"Right",n=[.06,.13,.2,.27].map((r,o)=>{let a=t*r,l=Ep+[0,.012,.014,0][o];return new V(a,l,cs(a,l)+.008)}),s=new Xs(new ts(n),16,.016,6,!1);zi(i,s,mn.brow,(r,o)=>{let a=Si(.06,.27,Math.abs(r[0]));return o===`browDown${e}`?[0,-.035*(1.2-.4*a),.004]:o==="browInnerUp"?[0,.05*(1-a),0]:o===`browOuterUp${e}`?[0,.045*a,0]:null})}function $S(i){let t=new Fr(.055,.2,16,4);t.rotateX(Math.PI/2-.35),t.scale(1,1.3,1),t.translate(0,-.08,cs(0,-.08)+.02),zi(i,t,mn.skin,(e,n)=>n==="noseSneerLeft"&&e[0]>0?[.005,.02*Si(0,.04,e[0]),0]:n==="noseSneerRight"&&e[0]<0?[-.005,.02*Si(0,.04,-e[0]),0]:null)}function vp(i,t){let n=Array.from({length:9},(o,a)=>{let l=-1+2*a/8,c=l*tu,h=Xn+(t?.022:-.024)*(1-l*l)+(t?.002:-.002);return new V(c,h,cs(c,h)+.004-.02*l*l)}),s=t?.02:.024,r=new Xs(new ts(n),32,s,8,!1);zi(i,r,mn.lip,(o,a)=>eu(o,a,t))}function qS(i){let n=[],s=[],r=[];for(let a=0;a<=8;a++)for(let l=0;l<=24;l++){let c=-1+2*l/24,h=-1+2*a/8,u=c*tu*.95,f=Xn+h*.004*(1-c*c);n.push(u,f,cs(u,Xn)+.006-.02*c*c),r.push(h>0)}for(let a=0;a<8;a++)for(let l=0;l<24;l++){let c=a*25+l,h=c+24+1;s.push(c,c+1,h,c+1,h+1,h)}let o=new Float32Array(n.length);for(let a=0;a<r.length;a++)o.set(mn.mouth,3*a);i.push({base:new Float32Array(n),colors:o,index:s,shapes:(a,l,c)=>eu(a,l,r[c])})}function Sp(i,t){let e=new Di(.2,.03,.03,8,1,1),n=Xn+(t?.006:-.01);e.translate(0,n,cs(0,Xn)-.012);let s=e.attributes.position;for(let r=0;r<s.count;r++)s.setZ(r,s.getZ(r)-1.2*s.getX(r)**2);zi(i,e,mn.teeth,(r,o)=>t?null:Ol(r,o))}function YS(i){let t=new es(.06,16,12);t.scale(1.1,.35,1),t.translate(0,Xn-.02,cs(0,Xn)-.05),zi(i,t,mn.tongue,(e,n)=>n==="tongueOut"?[0,-.02,.09]:Ol(e,n))}function ZS(i){let t=new Ws(.2,.24,.5,24,1,!0);t.translate(0,-.72,-.05),zi(i,t,mn.skin,()=>null)}function JS(){let i=[];XS(i),_p(i,1),_p(i,-1),yp(i,1),yp(i,-1),$S(i),qS(i),Sp(i,!0),Sp(i,!1),YS(i),vp(i,!0),vp(i,!1),ZS(i);let t=i.reduce((l,c)=>l+c.base.length/3,0),e=new Float32Array(t*3),n=new Float32Array(t*3),s=ii.map(()=>new Float32Array(t*3)),r=[],o=0;for(let l of i){let c=l.base.length/3;e.set(l.base,3*o),n.set(l.colors,3*o);for(let h of l.index)r.push(h+o);for(let h=0;h<c;h++){let u=[l.base[3*h],l.base[3*h+1],l.base[3*h+2]];ii.forEach((f,d)=>{let _=l.shapes(u,f,h);_&&s[d].set(_,3*(o+h))})}o+=c}let a=new Mn;return a.setAttribute("position",new Je(e,3)),a.setAttribute("color",new Je(n,3)),a.setIndex(r),a.computeVertexNormals(),a.morphAttributes.position=s.map((l,c)=>{let h=new Je(l,3);return h.name=ii[c],h}),a.morphTargetsRelative=!0,a}var Nl=class{constructor(){this.geometry=JS(),this.material=new kr({vertexColors:!0,roughness:.65,metalness:0}),this.mesh=new hn(this.geometry,this.material),this.mesh.morphTargetInfluences=new Array(ee).fill(0),this.mesh.morphTargetDictionary=Object.fromEntries(ii.map((t,e)=>[t,e])),this.group=new Sn,this.group.add(this.mesh)}setMotion(t,e){for(let n=0;n<ee;n++)this.mesh.morphTargetInfluences[n]=t[n];this.group.rotation.set(e[0],e[1],-e[2],"YXZ"),this.group.position.set(e[3],-e[4],e[5])}};function Bl(){try{let i=Gi(1,1).getContext("webgl2"),t=i&&i.getExtension("WEBGL_debug_renderer_info"),e=t?String(i.getParameter(t.UNMASKED_RENDERER_WEBGL)):"";return i?.getExtension("WEBGL_lose_context")?.loseContext(),/swiftshader|llvmpipe|software/i.test(e)}catch{return!1}}function Gi(i,t){if(typeof document>"u")return new OffscreenCanvas(i,t);let e=document.createElement("canvas");return e.width=i,e.height=t,e}var oo=class extends Error{constructor(t,e){super(`${t}: ${e}`),this.code=t}},kl=class{constructor(t,e,n,s,r){Object.assign(this,{url:t,room:e,peer:n,token:s,handlers:r}),this.ws=null}connect(){return new Promise((t,e)=>{let n=new WebSocket(this.url);this.ws=n;let s=!1;n.onopen=()=>{let r={type:"join",room:this.room,peer:this.peer};this.token&&(r.token=this.token),n.send(JSON.stringify(r))},n.onerror=()=>{s||e(new oo("unreachable",`cannot reach ${this.url}`))},n.onclose=()=>{s?this.handlers.closed?.():e(new oo("closed","the server closed the connection"))},n.onmessage=r=>{let o;try{o=JSON.parse(r.data)}catch{return}switch(o.type){case"joined":s=!0,t(Array.isArray(o.peers)?o.peers:[]);break;case"peer-joined":this.handlers.peerJoined?.(o.peer);break;case"peer-left":this.handlers.peerLeft?.(o.peer);break;case"signal":this.handlers.signal?.(o.from,o.data);break;case"error":s?this.handlers.error?.(o.code,o.message):e(new oo(o.code,o.message));break;default:break}}})}send(t,e){this.ws?.readyState===WebSocket.OPEN&&this.ws.send(JSON.stringify({type:"signal",to:t,data:e}))}close(){this.ws?.readyState===WebSocket.OPEN&&this.ws.send(JSON.stringify({type:"leave"})),this.ws?.close()}};var Tp=["control","media"];function Rp(i,t=3e3){return i.iceGatheringState==="complete"?Promise.resolve():new Promise(e=>{let n=()=>{i.iceGatheringState==="complete"&&(i.removeEventListener("icegatheringstatechange",n),e())};i.addEventListener("icegatheringstatechange",n),setTimeout(e,t)})}var nu=class{constructor(t,e){Object.assign(this,{remote:t,pc:e,channels:{},isOpen:!1,closed:!1,lastRx:performance.now(),lastTx:performance.now()}),this.counters={rxMessages:0,rxBytes:0,txMessages:0,txBytes:0,mediaDroppedFull:0}}send(t,e){let n=this.channels[t];return this.closed||!n||n.readyState!=="open"?!1:t==="media"&&n.bufferedAmount>32*1024?(this.counters.mediaDroppedFull++,!1):(n.send(e),this.counters.txMessages++,this.counters.txBytes+=e.byteLength,this.lastTx=performance.now(),!0)}},zl=class{constructor({url:t,room:e,peer:n,token:s=null,idleTimeoutMs:r=4e3,heartbeatMs:o=1e3},a,l=()=>{}){Object.assign(this,{url:t,room:e,peer:n,token:s,idleTimeoutMs:r,heartbeatMs:o,role:a,log:l}),this.links=new Map,this.timer=null}async start(){this.signaling=new kl(this.url,this.room,this.peer,this.token,{peerJoined:e=>this.maybeOffer(e),peerLeft:e=>{let n=this.links.get(e);n&&this.drop(n,"left the room")},signal:(e,n)=>this.onSignal(e,n).catch(s=>this.log(`signal from ${e} failed: ${s}`)),error:(e,n)=>this.log(`signaling server: ${e}: ${n}`),closed:()=>this.log("signaling connection closed")});let t=await this.signaling.connect();this.log(`joined room ${this.room} as ${this.peer}; peers here: ${t.join(", ")||"none"}`);for(let e of t)await this.maybeOffer(e);this.timer=setInterval(()=>this.watchdog(),250)}openLinks(){return[...this.links.values()].filter(t=>t.isOpen&&!t.closed)}newLink(t){let e=new RTCPeerConnection({iceServers:[]}),n=new nu(t,e);return this.links.set(t,n),e.ondatachannel=s=>this.watchChannel(n,s.channel),e.onconnectionstatechange=()=>{["failed","closed"].includes(e.connectionState)&&!n.closed&&this.drop(n,`connection ${e.connectionState}`)},n}async maybeOffer(t){if(t===this.peer||this.links.has(t)||this.peer>t)return;let e=this.newLink(t),{pc:n}=e;this.watchChannel(e,n.createDataChannel("control")),this.watchChannel(e,n.createDataChannel("media",{ordered:!1,maxRetransmits:0})),await n.setLocalDescription(await n.createOffer()),await Rp(n),this.signaling.send(t,{type:"offer",sdp:n.localDescription.sdp})}async onSignal(t,e){if(!(!e||typeof e!="object"))if(e.type==="offer"){let n=this.links.get(t);n&&this.drop(n,"renegotiated");let s=this.newLink(t);await s.pc.setRemoteDescription({type:"offer",sdp:String(e.sdp)}),await s.pc.setLocalDescription(await s.pc.createAnswer()),await Rp(s.pc),this.signaling.send(t,{type:"answer",sdp:s.pc.localDescription.sdp})}else e.type==="answer"&&this.links.has(t)?await this.links.get(t).pc.setRemoteDescription({type:"answer",sdp:String(e.sdp)}):e.type==="candidate"&&this.links.has(t)&&e.candidate&&await this.links.get(t).pc.addIceCandidate({candidate:String(e.candidate),sdpMid:e.sdpMid,sdpMLineIndex:e.sdpMLineIndex})}watchChannel(t,e){let n=e.label;if(!Tp.includes(n)||t.channels[n]){this.log(`peer ${t.remote} opened an unexpected channel ${n}`);return}e.binaryType="arraybuffer",t.channels[n]=e;let s=()=>{!t.isOpen&&Tp.every(r=>t.channels[r]?.readyState==="open")&&(t.isOpen=!0,t.lastRx=performance.now(),this.log(`link to ${t.remote} open`),this.role.linkOpen(t))};e.onopen=s,e.onmessage=r=>{if(t.closed)return;let o=typeof r.data=="string"?new TextEncoder().encode(r.data):new Uint8Array(r.data);t.lastRx=performance.now(),t.counters.rxMessages++,t.counters.rxBytes+=o.length,this.role.linkMessage(t,n,o)},e.readyState==="open"&&s()}drop(t,e){if(!t.closed){t.closed=!0,this.links.get(t.remote)===t&&this.links.delete(t.remote),this.log(`link to ${t.remote} closed: ${e}`);try{this.role.linkClosed(t,e)}finally{t.pc.close()}}}watchdog(){let t=performance.now();for(let e of[...this.links.values()])e.isOpen&&(t-e.lastRx>this.idleTimeoutMs?this.drop(e,`nothing received for ${this.idleTimeoutMs/1e3} s`):t-e.lastTx>this.heartbeatMs&&e.send("control",this.role.heartbeat()))}close(){clearInterval(this.timer);for(let t of[...this.links.values()])this.drop(t,"closing");this.signaling?.close()}};function Cp(i){let t=i.length,e=0,n=0;for(;n<t;){let s=i.charCodeAt(n++);if((s&4294967168)===0){e++;continue}else if((s&4294965248)===0)e+=2;else{if(s>=55296&&s<=56319&&n<t){let r=i.charCodeAt(n);(r&64512)===56320&&(++n,s=((s&1023)<<10)+(r&1023)+65536)}(s&4294901760)===0?e+=3:e+=4}}return e}function KS(i,t,e){let n=i.length,s=e,r=0;for(;r<n;){let o=i.charCodeAt(r++);if((o&4294967168)===0){t[s++]=o;continue}else if((o&4294965248)===0)t[s++]=o>>6&31|192;else{if(o>=55296&&o<=56319&&r<n){let a=i.charCodeAt(r);(a&64512)===56320&&(++r,o=((o&1023)<<10)+(a&1023)+65536)}(o&4294901760)===0?(t[s++]=o>>12&15|224,t[s++]=o>>6&63|128):(t[s++]=o>>18&7|240,t[s++]=o>>12&63|128,t[s++]=o>>6&63|128)}t[s++]=o&63|128}}var jS=new TextEncoder,QS=50;function tw(i,t,e){jS.encodeInto(i,t.subarray(e))}function Ip(i,t,e){i.length>QS?tw(i,t,e):KS(i,t,e)}var ew=4096;function iu(i,t,e){let n=t,s=n+e,r=[],o="";for(;n<s;){let a=i[n++];if((a&128)===0)r.push(a);else if((a&224)===192){let l=i[n++]&63;r.push((a&31)<<6|l)}else if((a&240)===224){let l=i[n++]&63,c=i[n++]&63;r.push((a&31)<<12|l<<6|c)}else if((a&248)===240){let l=i[n++]&63,c=i[n++]&63,h=i[n++]&63,u=(a&7)<<18|l<<12|c<<6|h;u>65535&&(u-=65536,r.push(u>>>10&1023|55296),u=56320|u&1023),r.push(u)}else r.push(a);r.length>=ew&&(o+=String.fromCharCode(...r),r.length=0)}return r.length>0&&(o+=String.fromCharCode(...r)),o}var nw=new TextDecoder,iw=200;function sw(i,t,e){let n=i.subarray(t,t+e);return nw.decode(n)}function Pp(i,t,e){return e>iw?sw(i,t,e):iu(i,t,e)}var hs=class{type;data;constructor(t,e){this.type=t,this.data=e}};var gn=class i extends Error{constructor(t){super(t);let e=Object.create(i.prototype);Object.setPrototypeOf(this,e),Object.defineProperty(this,"name",{configurable:!0,enumerable:!1,value:i.name})}};function Lp(i,t,e){let n=e/4294967296,s=e;i.setUint32(t,n),i.setUint32(t+4,s)}function Gl(i,t,e){let n=Math.floor(e/4294967296),s=e;i.setUint32(t,n),i.setUint32(t+4,s)}function Vl(i,t){let e=i.getInt32(t),n=i.getUint32(t+4);return e*4294967296+n}function Dp(i,t){let e=i.getUint32(t),n=i.getUint32(t+4);return e*4294967296+n}var rw=-1,ow=4294967296-1,aw=17179869184-1;function lw({sec:i,nsec:t}){if(i>=0&&t>=0&&i<=aw)if(t===0&&i<=ow){let e=new Uint8Array(4);return new DataView(e.buffer).setUint32(0,i),e}else{let e=i/4294967296,n=i&4294967295,s=new Uint8Array(8),r=new DataView(s.buffer);return r.setUint32(0,t<<2|e&3),r.setUint32(4,n),s}else{let e=new Uint8Array(12),n=new DataView(e.buffer);return n.setUint32(0,t),Gl(n,4,i),e}}function cw(i){let t=i.getTime(),e=Math.floor(t/1e3),n=(t-e*1e3)*1e6,s=Math.floor(n/1e9);return{sec:e+s,nsec:n-s*1e9}}function hw(i){if(i instanceof Date){let t=cw(i);return lw(t)}else return null}function uw(i){let t=new DataView(i.buffer,i.byteOffset,i.byteLength);switch(i.byteLength){case 4:return{sec:t.getUint32(0),nsec:0};case 8:{let e=t.getUint32(0),n=t.getUint32(4),s=(e&3)*4294967296+n,r=e>>>2;return{sec:s,nsec:r}}case 12:{let e=Vl(t,4),n=t.getUint32(0);return{sec:e,nsec:n}}default:throw new gn(`Unrecognized data size for timestamp (expected 4, 8, or 12): ${i.length}`)}}function fw(i){let t=uw(i);return new Date(t.sec*1e3+t.nsec/1e6)}var Up={type:rw,encode:hw,decode:fw};var tr=class i{static defaultCodec=new i;__brand;builtInEncoders=[];builtInDecoders=[];encoders=[];decoders=[];constructor(){this.register(Up)}register({type:t,encode:e,decode:n}){if(t>=0)this.encoders[t]=e,this.decoders[t]=n;else{let s=-1-t;this.builtInEncoders[s]=e,this.builtInDecoders[s]=n}}tryToEncode(t,e){for(let n=0;n<this.builtInEncoders.length;n++){let s=this.builtInEncoders[n];if(s!=null){let r=s(t,e);if(r!=null){let o=-1-n;return new hs(o,r)}}}for(let n=0;n<this.encoders.length;n++){let s=this.encoders[n];if(s!=null){let r=s(t,e);if(r!=null){let o=n;return new hs(o,r)}}}return t instanceof hs?t:null}decode(t,e,n){let s=e<0?this.builtInDecoders[-1-e]:this.decoders[e];return s?s(t,e,n):new hs(e,t)}};function dw(i){return i instanceof ArrayBuffer||typeof SharedArrayBuffer<"u"&&i instanceof SharedArrayBuffer}function ao(i){return i instanceof Uint8Array?i:ArrayBuffer.isView(i)?new Uint8Array(i.buffer,i.byteOffset,i.byteLength):dw(i)?new Uint8Array(i):Uint8Array.from(i)}var pw=100,mw=2048,Hl=class i{extensionCodec;context;useBigInt64;maxDepth;initialBufferSize;sortKeys;forceFloat32;ignoreUndefined;forceIntegerToFloat;pos;view;bytes;entered=!1;constructor(t){this.extensionCodec=t?.extensionCodec??tr.defaultCodec,this.context=t?.context,this.useBigInt64=t?.useBigInt64??!1,this.maxDepth=t?.maxDepth??pw,this.initialBufferSize=t?.initialBufferSize??mw,this.sortKeys=t?.sortKeys??!1,this.forceFloat32=t?.forceFloat32??!1,this.ignoreUndefined=t?.ignoreUndefined??!1,this.forceIntegerToFloat=t?.forceIntegerToFloat??!1,this.pos=0,this.view=new DataView(new ArrayBuffer(this.initialBufferSize)),this.bytes=new Uint8Array(this.view.buffer)}clone(){return new i({extensionCodec:this.extensionCodec,context:this.context,useBigInt64:this.useBigInt64,maxDepth:this.maxDepth,initialBufferSize:this.initialBufferSize,sortKeys:this.sortKeys,forceFloat32:this.forceFloat32,ignoreUndefined:this.ignoreUndefined,forceIntegerToFloat:this.forceIntegerToFloat})}reinitializeState(){this.pos=0}encodeSharedRef(t){if(this.entered)return this.clone().encodeSharedRef(t);try{return this.entered=!0,this.reinitializeState(),this.doEncode(t,1),this.bytes.subarray(0,this.pos)}finally{this.entered=!1}}encode(t){if(this.entered)return this.clone().encode(t);try{return this.entered=!0,this.reinitializeState(),this.doEncode(t,1),this.bytes.slice(0,this.pos)}finally{this.entered=!1}}doEncode(t,e){if(e>this.maxDepth)throw new Error(`Too deep objects in depth ${e}`);t==null?this.encodeNil():typeof t=="boolean"?this.encodeBoolean(t):typeof t=="number"?this.forceIntegerToFloat?this.encodeNumberAsFloat(t):this.encodeNumber(t):typeof t=="string"?this.encodeString(t):this.useBigInt64&&typeof t=="bigint"?this.encodeBigInt64(t):this.encodeObject(t,e)}ensureBufferSizeToWrite(t){let e=this.pos+t;this.view.byteLength<e&&this.resizeBuffer(e*2)}resizeBuffer(t){let e=new ArrayBuffer(t),n=new Uint8Array(e),s=new DataView(e);n.set(this.bytes),this.view=s,this.bytes=n}encodeNil(){this.writeU8(192)}encodeBoolean(t){t===!1?this.writeU8(194):this.writeU8(195)}encodeNumber(t){!this.forceIntegerToFloat&&Number.isSafeInteger(t)?t>=0?t<128?this.writeU8(t):t<256?(this.writeU8(204),this.writeU8(t)):t<65536?(this.writeU8(205),this.writeU16(t)):t<4294967296?(this.writeU8(206),this.writeU32(t)):this.useBigInt64?this.encodeNumberAsFloat(t):(this.writeU8(207),this.writeU64(t)):t>=-32?this.writeU8(224|t+32):t>=-128?(this.writeU8(208),this.writeI8(t)):t>=-32768?(this.writeU8(209),this.writeI16(t)):t>=-2147483648?(this.writeU8(210),this.writeI32(t)):this.useBigInt64?this.encodeNumberAsFloat(t):(this.writeU8(211),this.writeI64(t)):this.encodeNumberAsFloat(t)}encodeNumberAsFloat(t){this.forceFloat32?(this.writeU8(202),this.writeF32(t)):(this.writeU8(203),this.writeF64(t))}encodeBigInt64(t){t>=BigInt(0)?(this.writeU8(207),this.writeBigUint64(t)):(this.writeU8(211),this.writeBigInt64(t))}writeStringHeader(t){if(t<32)this.writeU8(160+t);else if(t<256)this.writeU8(217),this.writeU8(t);else if(t<65536)this.writeU8(218),this.writeU16(t);else if(t<4294967296)this.writeU8(219),this.writeU32(t);else throw new Error(`Too long string: ${t} bytes in UTF-8`)}encodeString(t){let n=Cp(t);this.ensureBufferSizeToWrite(5+n),this.writeStringHeader(n),Ip(t,this.bytes,this.pos),this.pos+=n}encodeObject(t,e){let n=this.extensionCodec.tryToEncode(t,this.context);if(n!=null)this.encodeExtension(n);else if(Array.isArray(t))this.encodeArray(t,e);else if(ArrayBuffer.isView(t))this.encodeBinary(t);else if(typeof t=="object")this.encodeMap(t,e);else throw new Error(`Unrecognized object: ${Object.prototype.toString.apply(t)}`)}encodeBinary(t){let e=t.byteLength;if(e<256)this.writeU8(196),this.writeU8(e);else if(e<65536)this.writeU8(197),this.writeU16(e);else if(e<4294967296)this.writeU8(198),this.writeU32(e);else throw new Error(`Too large binary: ${e}`);let n=ao(t);this.writeU8a(n)}encodeArray(t,e){let n=t.length;if(n<16)this.writeU8(144+n);else if(n<65536)this.writeU8(220),this.writeU16(n);else if(n<4294967296)this.writeU8(221),this.writeU32(n);else throw new Error(`Too large array: ${n}`);for(let s of t)this.doEncode(s,e+1)}countWithoutUndefined(t,e){let n=0;for(let s of e)t[s]!==void 0&&n++;return n}encodeMap(t,e){let n=Object.keys(t);this.sortKeys&&n.sort();let s=this.ignoreUndefined?this.countWithoutUndefined(t,n):n.length;if(s<16)this.writeU8(128+s);else if(s<65536)this.writeU8(222),this.writeU16(s);else if(s<4294967296)this.writeU8(223),this.writeU32(s);else throw new Error(`Too large map object: ${s}`);for(let r of n){let o=t[r];this.ignoreUndefined&&o===void 0||(this.encodeString(r),this.doEncode(o,e+1))}}encodeExtension(t){if(typeof t.data=="function"){let n=t.data(this.pos+6),s=n.length;if(s>=4294967296)throw new Error(`Too large extension object: ${s}`);this.writeU8(201),this.writeU32(s),this.writeI8(t.type),this.writeU8a(n);return}let e=t.data.length;if(e===1)this.writeU8(212);else if(e===2)this.writeU8(213);else if(e===4)this.writeU8(214);else if(e===8)this.writeU8(215);else if(e===16)this.writeU8(216);else if(e<256)this.writeU8(199),this.writeU8(e);else if(e<65536)this.writeU8(200),this.writeU16(e);else if(e<4294967296)this.writeU8(201),this.writeU32(e);else throw new Error(`Too large extension object: ${e}`);this.writeI8(t.type),this.writeU8a(t.data)}writeU8(t){this.ensureBufferSizeToWrite(1),this.view.setUint8(this.pos,t),this.pos++}writeU8a(t){let e=t.length;this.ensureBufferSizeToWrite(e),this.bytes.set(t,this.pos),this.pos+=e}writeI8(t){this.ensureBufferSizeToWrite(1),this.view.setInt8(this.pos,t),this.pos++}writeU16(t){this.ensureBufferSizeToWrite(2),this.view.setUint16(this.pos,t),this.pos+=2}writeI16(t){this.ensureBufferSizeToWrite(2),this.view.setInt16(this.pos,t),this.pos+=2}writeU32(t){this.ensureBufferSizeToWrite(4),this.view.setUint32(this.pos,t),this.pos+=4}writeI32(t){this.ensureBufferSizeToWrite(4),this.view.setInt32(this.pos,t),this.pos+=4}writeF32(t){this.ensureBufferSizeToWrite(4),this.view.setFloat32(this.pos,t),this.pos+=4}writeF64(t){this.ensureBufferSizeToWrite(8),this.view.setFloat64(this.pos,t),this.pos+=8}writeU64(t){this.ensureBufferSizeToWrite(8),Lp(this.view,this.pos,t),this.pos+=8}writeI64(t){this.ensureBufferSizeToWrite(8),Gl(this.view,this.pos,t),this.pos+=8}writeBigUint64(t){this.ensureBufferSizeToWrite(8),this.view.setBigUint64(this.pos,t),this.pos+=8}writeBigInt64(t){this.ensureBufferSizeToWrite(8),this.view.setBigInt64(this.pos,t),this.pos+=8}};function su(i,t){return new Hl(t).encodeSharedRef(i)}function Wl(i){return`${i<0?"-":""}0x${Math.abs(i).toString(16).padStart(2,"0")}`}var gw=16,_w=16,Xl=class{hit=0;miss=0;caches;maxKeyLength;maxLengthPerKey;constructor(t=gw,e=_w){this.maxKeyLength=t,this.maxLengthPerKey=e,this.caches=[];for(let n=0;n<this.maxKeyLength;n++)this.caches.push([])}canBeCached(t){return t>0&&t<=this.maxKeyLength}find(t,e,n){let s=this.caches[n-1];t:for(let r of s){let o=r.bytes;for(let a=0;a<n;a++)if(o[a]!==t[e+a])continue t;return r.str}return null}store(t,e){let n=this.caches[t.length-1],s={bytes:t,str:e};n.length>=this.maxLengthPerKey?n[Math.random()*n.length|0]=s:n.push(s)}decode(t,e,n){let s=this.find(t,e,n);if(s!=null)return this.hit++,s;this.miss++;let r=iu(t,e,n),o=Uint8Array.prototype.slice.call(t,e,e+n);return this.store(o,r),r}};var ru="array",ho="map_key",Fp="map_value",xw=i=>{if(typeof i=="string"||typeof i=="number")return i;throw new gn("The type of key must be string or number but "+typeof i)},ou=class{stack=[];stackHeadPosition=-1;get length(){return this.stackHeadPosition+1}top(){return this.stack[this.stackHeadPosition]}pushArrayState(t){let e=this.getUninitializedStateFromPool();e.type=ru,e.position=0,e.size=t,e.array=new Array(t)}pushMapState(t){let e=this.getUninitializedStateFromPool();e.type=ho,e.readCount=0,e.size=t,e.map={}}getUninitializedStateFromPool(){if(this.stackHeadPosition++,this.stackHeadPosition===this.stack.length){let t={type:void 0,size:0,array:void 0,position:0,readCount:0,map:void 0,key:null};this.stack.push(t)}return this.stack[this.stackHeadPosition]}release(t){if(this.stack[this.stackHeadPosition]!==t)throw new Error("Invalid stack state. Released state is not on top of the stack.");if(t.type===ru){let n=t;n.size=0,n.array=void 0,n.position=0,n.type=void 0}if(t.type===ho||t.type===Fp){let n=t;n.size=0,n.map=void 0,n.readCount=0,n.type=void 0}this.stackHeadPosition--}reset(){this.stack.length=0,this.stackHeadPosition=-1}},co=-1,au=new DataView(new ArrayBuffer(0)),yw=new Uint8Array(au.buffer);try{au.getInt8(0)}catch(i){if(!(i instanceof RangeError))throw new Error("This module is not supported in the current JavaScript engine because DataView does not throw RangeError on out-of-bounds access")}var Np=new RangeError("Insufficient data"),vw=new Xl,$l=class i{extensionCodec;context;useBigInt64;rawStrings;maxStrLength;maxBinLength;maxArrayLength;maxMapLength;maxExtLength;keyDecoder;mapKeyConverter;totalPos=0;pos=0;view=au;bytes=yw;headByte=co;stack=new ou;entered=!1;constructor(t){this.extensionCodec=t?.extensionCodec??tr.defaultCodec,this.context=t?.context,this.useBigInt64=t?.useBigInt64??!1,this.rawStrings=t?.rawStrings??!1,this.maxStrLength=t?.maxStrLength??4294967295,this.maxBinLength=t?.maxBinLength??4294967295,this.maxArrayLength=t?.maxArrayLength??4294967295,this.maxMapLength=t?.maxMapLength??4294967295,this.maxExtLength=t?.maxExtLength??4294967295,this.keyDecoder=t?.keyDecoder!==void 0?t.keyDecoder:vw,this.mapKeyConverter=t?.mapKeyConverter??xw}clone(){return new i({extensionCodec:this.extensionCodec,context:this.context,useBigInt64:this.useBigInt64,rawStrings:this.rawStrings,maxStrLength:this.maxStrLength,maxBinLength:this.maxBinLength,maxArrayLength:this.maxArrayLength,maxMapLength:this.maxMapLength,maxExtLength:this.maxExtLength,keyDecoder:this.keyDecoder})}reinitializeState(){this.totalPos=0,this.headByte=co,this.stack.reset()}setBuffer(t){let e=ao(t);this.bytes=e,this.view=new DataView(e.buffer,e.byteOffset,e.byteLength),this.pos=0}appendBuffer(t){if(this.headByte===co&&!this.hasRemaining(1))this.setBuffer(t);else{let e=this.bytes.subarray(this.pos),n=ao(t),s=new Uint8Array(e.length+n.length);s.set(e),s.set(n,e.length),this.setBuffer(s)}}hasRemaining(t){return this.view.byteLength-this.pos>=t}createExtraByteError(t){let{view:e,pos:n}=this;return new RangeError(`Extra ${e.byteLength-n} of ${e.byteLength} byte(s) found at buffer[${t}]`)}decode(t){if(this.entered)return this.clone().decode(t);try{this.entered=!0,this.reinitializeState(),this.setBuffer(t);let e=this.doDecodeSync();if(this.hasRemaining(1))throw this.createExtraByteError(this.pos);return e}finally{this.entered=!1}}*decodeMulti(t){if(this.entered){yield*this.clone().decodeMulti(t);return}try{for(this.entered=!0,this.reinitializeState(),this.setBuffer(t);this.hasRemaining(1);)yield this.doDecodeSync()}finally{this.entered=!1}}async decodeAsync(t){if(this.entered)return this.clone().decodeAsync(t);try{this.entered=!0;let e=!1,n;for await(let a of t){if(e)throw this.entered=!1,this.createExtraByteError(this.totalPos);this.appendBuffer(a);try{n=this.doDecodeSync(),e=!0}catch(l){if(!(l instanceof RangeError))throw l}this.totalPos+=this.pos}if(e){if(this.hasRemaining(1))throw this.createExtraByteError(this.totalPos);return n}let{headByte:s,pos:r,totalPos:o}=this;throw new RangeError(`Insufficient data in parsing ${Wl(s)} at ${o} (${r} in the current buffer)`)}finally{this.entered=!1}}decodeArrayStream(t){return this.decodeMultiAsync(t,!0)}decodeStream(t){return this.decodeMultiAsync(t,!1)}async*decodeMultiAsync(t,e){if(this.entered){yield*this.clone().decodeMultiAsync(t,e);return}try{this.entered=!0;let n=e,s=-1;for await(let r of t){if(e&&s===0)throw this.createExtraByteError(this.totalPos);this.appendBuffer(r),n&&(s=this.readArraySize(),n=!1,this.complete());try{for(;yield this.doDecodeSync(),--s!==0;);}catch(o){if(!(o instanceof RangeError))throw o}this.totalPos+=this.pos}}finally{this.entered=!1}}doDecodeSync(){t:for(;;){let t=this.readHeadByte(),e;if(t>=224)e=t-256;else if(t<192)if(t<128)e=t;else if(t<144){let s=t-128;if(s!==0){this.pushMapState(s),this.complete();continue t}else e={}}else if(t<160){let s=t-144;if(s!==0){this.pushArrayState(s),this.complete();continue t}else e=[]}else{let s=t-160;e=this.decodeString(s,0)}else if(t===192)e=null;else if(t===194)e=!1;else if(t===195)e=!0;else if(t===202)e=this.readF32();else if(t===203)e=this.readF64();else if(t===204)e=this.readU8();else if(t===205)e=this.readU16();else if(t===206)e=this.readU32();else if(t===207)this.useBigInt64?e=this.readU64AsBigInt():e=this.readU64();else if(t===208)e=this.readI8();else if(t===209)e=this.readI16();else if(t===210)e=this.readI32();else if(t===211)this.useBigInt64?e=this.readI64AsBigInt():e=this.readI64();else if(t===217){let s=this.lookU8();e=this.decodeString(s,1)}else if(t===218){let s=this.lookU16();e=this.decodeString(s,2)}else if(t===219){let s=this.lookU32();e=this.decodeString(s,4)}else if(t===220){let s=this.readU16();if(s!==0){this.pushArrayState(s),this.complete();continue t}else e=[]}else if(t===221){let s=this.readU32();if(s!==0){this.pushArrayState(s),this.complete();continue t}else e=[]}else if(t===222){let s=this.readU16();if(s!==0){this.pushMapState(s),this.complete();continue t}else e={}}else if(t===223){let s=this.readU32();if(s!==0){this.pushMapState(s),this.complete();continue t}else e={}}else if(t===196){let s=this.lookU8();e=this.decodeBinary(s,1)}else if(t===197){let s=this.lookU16();e=this.decodeBinary(s,2)}else if(t===198){let s=this.lookU32();e=this.decodeBinary(s,4)}else if(t===212)e=this.decodeExtension(1,0);else if(t===213)e=this.decodeExtension(2,0);else if(t===214)e=this.decodeExtension(4,0);else if(t===215)e=this.decodeExtension(8,0);else if(t===216)e=this.decodeExtension(16,0);else if(t===199){let s=this.lookU8();e=this.decodeExtension(s,1)}else if(t===200){let s=this.lookU16();e=this.decodeExtension(s,2)}else if(t===201){let s=this.lookU32();e=this.decodeExtension(s,4)}else throw new gn(`Unrecognized type byte: ${Wl(t)}`);this.complete();let n=this.stack;for(;n.length>0;){let s=n.top();if(s.type===ru)if(s.array[s.position]=e,s.position++,s.position===s.size)e=s.array,n.release(s);else continue t;else if(s.type===ho){if(e==="__proto__")throw new gn("The key __proto__ is not allowed");s.key=this.mapKeyConverter(e),s.type=Fp;continue t}else if(s.map[s.key]=e,s.readCount++,s.readCount===s.size)e=s.map,n.release(s);else{s.key=null,s.type=ho;continue t}}return e}}readHeadByte(){return this.headByte===co&&(this.headByte=this.readU8()),this.headByte}complete(){this.headByte=co}readArraySize(){let t=this.readHeadByte();switch(t){case 220:return this.readU16();case 221:return this.readU32();default:{if(t<160)return t-144;throw new gn(`Unrecognized array type byte: ${Wl(t)}`)}}}pushMapState(t){if(t>this.maxMapLength)throw new gn(`Max length exceeded: map length (${t}) > maxMapLengthLength (${this.maxMapLength})`);this.stack.pushMapState(t)}pushArrayState(t){if(t>this.maxArrayLength)throw new gn(`Max length exceeded: array length (${t}) > maxArrayLength (${this.maxArrayLength})`);this.stack.pushArrayState(t)}decodeString(t,e){return!this.rawStrings||this.stateIsMapKey()?this.decodeUtf8String(t,e):this.decodeBinary(t,e)}decodeUtf8String(t,e){if(t>this.maxStrLength)throw new gn(`Max length exceeded: UTF-8 byte length (${t}) > maxStrLength (${this.maxStrLength})`);if(this.bytes.byteLength<this.pos+e+t)throw Np;let n=this.pos+e,s;return this.stateIsMapKey()&&this.keyDecoder?.canBeCached(t)?s=this.keyDecoder.decode(this.bytes,n,t):s=Pp(this.bytes,n,t),this.pos+=e+t,s}stateIsMapKey(){return this.stack.length>0?this.stack.top().type===ho:!1}decodeBinary(t,e){if(t>this.maxBinLength)throw new gn(`Max length exceeded: bin length (${t}) > maxBinLength (${this.maxBinLength})`);if(!this.hasRemaining(t+e))throw Np;let n=this.pos+e,s=this.bytes.subarray(n,n+t);return this.pos+=e+t,s}decodeExtension(t,e){if(t>this.maxExtLength)throw new gn(`Max length exceeded: ext length (${t}) > maxExtLength (${this.maxExtLength})`);let n=this.view.getInt8(this.pos+e),s=this.decodeBinary(t,e+1);return this.extensionCodec.decode(s,n,this.context)}lookU8(){return this.view.getUint8(this.pos)}lookU16(){return this.view.getUint16(this.pos)}lookU32(){return this.view.getUint32(this.pos)}readU8(){let t=this.view.getUint8(this.pos);return this.pos++,t}readI8(){let t=this.view.getInt8(this.pos);return this.pos++,t}readU16(){let t=this.view.getUint16(this.pos);return this.pos+=2,t}readI16(){let t=this.view.getInt16(this.pos);return this.pos+=2,t}readU32(){let t=this.view.getUint32(this.pos);return this.pos+=4,t}readI32(){let t=this.view.getInt32(this.pos);return this.pos+=4,t}readU64(){let t=Dp(this.view,this.pos);return this.pos+=8,t}readI64(){let t=Vl(this.view,this.pos);return this.pos+=8,t}readU64AsBigInt(){let t=this.view.getBigUint64(this.pos);return this.pos+=8,t}readI64AsBigInt(){let t=this.view.getBigInt64(this.pos);return this.pos+=8,t}readF32(){let t=this.view.getFloat32(this.pos);return this.pos+=4,t}readF64(){let t=this.view.getFloat64(this.pos);return this.pos+=8,t}};function lu(i,t){return new $l(t).decode(i)}var Ke=class extends Error{},uo=ee+6,Sw=["pitch","yaw","roll","x","y","z"],ww=[512,512,512,256,256,256],Op=[...Array(ee).fill(128),804,804,804,512,512,512],Mw=512+4*804,Bp=64,kp=16,bw=24,Ew=3,Aw=0,Vp=[...ii,...Sw],Tw=Object.fromEntries(Vp.map((i,t)=>[i,t])),Rw={eyeBlinkRight:"eyeBlinkLeft",eyeLookDownRight:"eyeLookDownLeft",eyeLookInRight:"eyeLookOutLeft",eyeLookOutRight:"eyeLookInLeft",eyeLookUpRight:"eyeLookUpLeft",eyeSquintRight:"eyeSquintLeft",eyeWideRight:"eyeWideLeft",mouthSmileRight:"mouthSmileLeft",mouthFrownRight:"mouthFrownLeft",mouthDimpleRight:"mouthDimpleLeft",mouthStretchRight:"mouthStretchLeft",mouthPressRight:"mouthPressLeft",mouthLowerDownRight:"mouthLowerDownLeft",mouthUpperUpRight:"mouthUpperUpLeft",browDownRight:"browDownLeft",browOuterUpRight:"browOuterUpLeft",cheekSquintRight:"cheekSquintLeft",noseSneerRight:"noseSneerLeft"},Hp=Object.entries(Rw).map(([i,t])=>[fn[i],fn[t]]),zp=new Set(Hp.map(([i])=>i)),Gp=["pitch","yaw","roll","x","y","z","jawOpen","mouthStretchLeft","mouthLowerDownLeft","mouthSmileLeft","mouthUpperUpLeft","mouthPucker","mouthFunnel","browInnerUp","mouthRollLower","browOuterUpLeft","eyeLookUpLeft","eyeLookInLeft","eyeLookOutLeft","eyeLookDownLeft","mouthPressLeft","mouthRollUpper","mouthClose","eyeBlinkLeft"].map(i=>Tw[i]),Cw=[...Gp,...[...Array(ee).keys()].filter(i=>!Gp.includes(i)&&!zp.has(i)),...[...Array(ee).keys()].filter(i=>zp.has(i))],hu=class{constructor(t){this.bytes=t,this.pos=0}bit(){if(this.pos>=8*this.bytes.length)throw new Ke("motion bits end in the middle of a code");let t=this.bytes[this.pos>>3]>>7-(this.pos&7)&1;return this.pos++,t}bits(t){let e=0;for(let n=0;n<t;n++)e=e*2+this.bit();return e}expGolomb(t=0){let e=0;for(;this.bit()===0;)if(++e>bw)throw new Ke("an Exp-Golomb code in the motion bits is too long");return 2**(e+t)+this.bits(e+t)-2**t}finish(){let t=8*this.bytes.length-this.pos;if(t>=8)throw new Ke(`${t>>3} byte(s) after the motion frames`);if(this.bits(t))throw new Ke("motion padding bits are not zero")}},cu=i=>i%2===0?i/2:-(i+1)/2;function Iw(i,t){let e=i.expGolomb();if(e>uo)throw new Ke(`${e} non-zero motion slots; a frame has ${uo}`);let n=new Array(uo).fill(0),s=-1;for(let r=0;r<e;r++){if(s+=i.expGolomb()+1,s>=uo)throw new Ke("a motion slot index runs past the last slot");let o=i.expGolomb(t)+1;if(o>Mw)throw new Ke("a motion residual is out of range");n[Cw[s]]=i.bit()?-o:o}return n}function Wp(i){if(i.length===0)return{ref:0,frames:[]};let t=new hu(i),e=t.expGolomb()+1;if(e>kp)throw new Ke(`${e} motion frames; the limit is ${kp}`);let n=t.expGolomb();if(n>Bp)throw new Ke(`motion ref ${n} is outside 0..${Bp}`);let s=[cu(t.expGolomb())];if(e>1){let o=cu(t.expGolomb());s.push(s[0]+o);for(let a=2;a<e;a++)s.push(s[a-1]+o+cu(t.expGolomb()))}let r=s.map((o,a)=>{if(o<-32768||o>32767)throw new Ke(`motion frame dt ${o} is outside \xB132767`);return{dt:o,residual:Iw(t,a===0&&n===0?Ew:Aw)}});return t.finish(),{ref:n,frames:r}}function Pw(i,t){let e=i.slice();for(let[s,r]of Hp)e[s]+=e[r];let n=e.map((s,r)=>s+t[r]);return n.forEach((s,r)=>{let o=r<ee?0:-Op[r];if(s<o||s>Op[r])throw new Ke(`decoded ${Vp[r]} level ${s} is out of range`)}),n}function Lw(i,t){let e=Float32Array.from(i.slice(0,ee),s=>s/128),n=Float32Array.from(i.slice(ee),(s,r)=>s/ww[r]);return new ls(t,e,n)}var Dw=new Array(uo).fill(0),ql=class{constructor(){this.refs=new Map,this.undecodable=0}decode(t,e,n){if(n.frames.length===0)return[];let s=Dw;if(n.ref!==0&&(s=this.refs.get((t-n.ref+65536)%65536),!s))return this.undecodable++,[];let r=n.frames.map(o=>(s=Pw(o.residual,s),Lw(s,(e+o.dt+2**32)%2**32)));for(this.refs.delete(t),this.refs.set(t,s);this.refs.size>32;)this.refs.delete(this.refs.keys().next().value);return r}};var uu=1,qp=["protocol-1","protocol-2"],us=65536,Zl=2*1024*1024,Yl=6e4,Uw=36,Xp=16*1024*1024,Nw=280,fu=4e3,Jl=16,gu={media:1,hello:2,photoChunk:3,clockSync:4,notice:5,bye:6,graphChunk:7},Fw=Object.fromEntries(Object.entries(gu).map(([i,t])=>[t,i])),ne=class extends Error{},fs=class{constructor(t,e,n,s=[]){Object.assign(this,{kind:"media",seq:t,timestamp:e,opus:n,motion:s})}},du=class{constructor(t,e,n,s){Object.assign(this,{kind:"mediaV2",seq:t,timestamp:e,opus:n,motion:s})}},po=class{constructor(t,e){Object.assign(this,{kind:"hello",name:t,capabilities:e})}},pu=class{constructor(t,e,n,s){Object.assign(this,{kind:"graphChunk",photoId:t,index:e,count:n,data:s})}},Kl=class{constructor(t,e,n,s){Object.assign(this,{kind:"photoChunk",photoId:t,index:e,count:n,data:s})}},mu=class{constructor(t,e){Object.assign(this,{kind:"clockSync",sample:BigInt(t),monotonicNs:BigInt(e)})}},ir=class{constructor(t,e){Object.assign(this,{kind:"notice",code:t,message:e})}},mo=class{constructor(t=""){Object.assign(this,{kind:"bye",reason:t})}},Yp=i=>uu<<4|i,Ow=new TextEncoder;function Bw(i,t){return typeof i=="number"&&Number.isInteger(i)&&i>=0&&i<=t||typeof i=="bigint"&&i>=0n&&i<=BigInt(t)}function En(i,t,e){if(!Bw(t,e))throw new ne(`${i} must be an integer in 0..${e}, got ${t}`);return Number(t)}function fo(i,t,e){if(typeof t!="string")throw new ne(`${i} must be a string`);if(Ow.encode(t).length>e)throw new ne(`${i} is longer than ${e} bytes`);return t}function nr(i,t,e){if(!(t instanceof Uint8Array))throw new ne(`${i} must be bytes`);if(t.length>e)throw new ne(`${i} is ${t.length} bytes; the limit is ${e}`);return t}function $p(i){return i<256?[196,i]:i<65536?[197,i>>8,i&255]:[198,i>>>24&255,i>>16&255,i>>8&255,i&255]}function kw(i){let t=En("seq",i.seq,65535),e=En("timestamp",i.timestamp,4294967295);if(nr("opus",i.opus,fu),i.motion.length>Jl)throw new ne(`${i.motion.length} motion frames; the limit is ${Jl}`);let n;try{n=i.motion.map(c=>{let h=(c.timestamp-e)%4294967296;return h>=2**31&&(h-=2**32),h<-(2**31)&&(h+=2**32),mp(c,h)})}catch(c){throw c instanceof pn?new ne(c.message):c}let s=4+n.length,r=[s<16?[144|s]:[220,s>>8,s&255],[Yp(gu.media)],[205,t>>8,t&255],[206,e>>>24&255,e>>16&255,e>>8&255,e&255],$p(i.opus.length),i.opus];for(let c of n)r.push($p(c.length),c);let o=r.reduce((c,h)=>c+h.length,0);if(o>us)throw new ne(`packet is ${o} bytes; the limit is ${us}`);let a=new Uint8Array(o),l=0;for(let c of r)a.set(c,l),l+=c.length;return a}function Zp(i){switch(i.kind){case"hello":if(fo("name",i.name,64),!Array.isArray(i.capabilities)||i.capabilities.length>16)throw new ne("capabilities must be an array of at most 16 strings");return i.capabilities.forEach(t=>fo("capability",t,32)),[i.name,i.capabilities];case"photoChunk":case"graphChunk":{let t=i.kind==="photoChunk"?Uw:Nw;En("photo_id",i.photoId,4294967295);let e=En("count",i.count,t);if(e<1)throw new ne("count must be at least 1");let n=En("index",i.index,t);if(n>=e)throw new ne(`index ${n} is not below count ${e}`);if(nr("data",i.data,Yl),i.data.length===0)throw new ne(`${i.kind==="photoChunk"?"photo":"graph"} chunk data is empty`);return[i.photoId,i.index,i.count,i.data]}case"clockSync":return En("sample",i.sample,2n**63n),En("monotonic_ns",i.monotonicNs,2n**63n),[i.sample,i.monotonicNs];case"notice":return[fo("code",i.code,32),fo("message",i.message,512)];case"bye":return[fo("reason",i.reason,512)];default:throw new ne(`unknown packet kind ${i.kind}`)}}function Vi(i){if(i.kind==="media")return kw(i);let e=Zp(i).map(s=>typeof s=="bigint"&&s<2n**32n?Number(s):s),n=su([Yp(gu[i.kind]),...e],{useBigInt64:!0});if(n.length>us)throw new ne(`packet is ${n.length} bytes; the limit is ${us}`);return n}function er(i,t,e){if(i.length!==t)throw new ne(`${e} has ${i.length} fields, expected ${t}`)}function Jp(i){let t=i instanceof Uint8Array?i:new Uint8Array(i);if(t.length>us)throw new ne(`packet is ${t.length} bytes; the limit is ${us}`);if(t.length===0)throw new ne("empty packet");let e;try{e=lu(t,{useBigInt64:!0,maxDepth:4})}catch(o){throw new ne(`not msgpack: ${o.message}`)}if(!Array.isArray(e)||e.length===0)throw new ne("a packet is a non-empty msgpack array");let n=e[0];if(typeof n!="number"||!Number.isInteger(n)||n<0||n>255)throw new ne("bad header byte");if(n===33){if(e.length!==5)throw new ne(`MediaPacketV2 has 4 fields, got ${e.length-1}`);let o=En("seq",e[1],65535),a=En("timestamp",e[2],4294967295),l=nr("opus",e[3],fu),c=nr("motion",e[4],us);try{return new du(o,a,l,Wp(c))}catch(h){throw h instanceof Ke?new ne(`motion: ${h.message}`):h}}if(n>>4!==uu)throw new ne(`protocol version ${n>>4} is not ${uu}`);let s=Fw[n&15];if(!s)throw new ne(`unknown packet kind ${n&15}`);if(s==="media"){if(e.length<4)throw new ne("media packet has fewer than 4 fields");let o=En("seq",e[1],65535),a=En("timestamp",e[2],4294967295),l=nr("opus",e[3],fu);if(e.length>4+Jl)throw new ne(`${e.length-4} motion frames; the limit is ${Jl}`);let c=e.slice(4).map(h=>{nr("motion frame",h,73);try{return gp(h,a)}catch(u){throw new ne(u.message)}});return new fs(o,a,l,c)}let r;return s==="hello"?(er(e,3,"hello"),r=new po(e[1],e[2])):s==="photoChunk"?(er(e,5,"photo chunk"),r=new Kl(e[1],e[2],e[3],e[4])):s==="graphChunk"?(er(e,5,"graph chunk"),r=new pu(e[1],e[2],e[3],e[4])):s==="clockSync"?(er(e,3,"clock sync"),En("sample",e[1],2n**63n),En("monotonic_ns",e[2],2n**63n),r=new mu(e[1],e[2])):s==="notice"?(er(e,3,"notice"),r=new ir(e[1],e[2])):(er(e,2,"bye"),r=new mo(e[1])),Zp(r),(r.kind==="photoChunk"||r.kind==="graphChunk")&&(r.photoId=Number(r.photoId),r.index=Number(r.index),r.count=Number(r.count)),r}function Kp(i,t){if(i.length>Zl)throw new ne(`photo is ${i.length} bytes; the limit is ${Zl}`);if(i.length===0)throw new ne("photo is empty");let e=Math.ceil(i.length/Yl);return Array.from({length:e},(n,s)=>new Kl(t,s,e,i.subarray(s*Yl,(s+1)*Yl)))}var jl=class{constructor(){this.pending=new Map}add(t){let e=this.pending.get(t.photoId);if(e||(e={count:t.count,parts:new Array(t.count),have:0},this.pending.set(t.photoId,e),this.pending.size>4&&this.pending.delete(this.pending.keys().next().value)),e.count!==t.count)throw new ne(`photo ${t.photoId}: count changed from ${e.count} to ${t.count}`);if(e.parts[t.index]||e.have++,e.parts[t.index]=t.data,e.have<e.count)return null;this.pending.delete(t.photoId);let n=e.parts.reduce((o,a)=>o+a.length,0);if(n>Zl)throw new ne(`photo is ${n} bytes; the limit is ${Zl}`);let s=new Uint8Array(n),r=0;for(let o of e.parts)s.set(o,r),r+=o.length;return s}},Ql=class{constructor(){this.entry=null}add(t){let e=this.entry;if((!e||e.photoId!==t.photoId)&&(e=this.entry={photoId:t.photoId,count:t.count,parts:new Array(t.count),have:0,bytes:0}),e.count!==t.count)throw this.entry=null,new ne(`graph of photo ${t.photoId}: count changed from ${e.count} to ${t.count}`);if(e.parts[t.index])throw this.entry=null,new ne(`graph of photo ${t.photoId}: chunk ${t.index} arrived twice`);if(e.parts[t.index]=t.data,e.have++,e.bytes+=t.data.length,e.bytes>Xp)throw this.entry=null,new ne(`render graph is over ${Xp} bytes`);if(e.have<e.count)return null;this.entry=null;let n=new Uint8Array(e.bytes),s=0;for(let r of e.parts)n.set(r,s),s+=r.length;return n}},go=class{constructor(t){this.modulus=2**t,this.last=null}unwrap(t){if(this.last===null)return this.last=t,t;let e=this.modulus,n=(t-this.last%e+e)%e;n>=e/2&&(n-=e);let s=this.last+n;return s>this.last&&(this.last=s),s}};var jp=Object.freeze({frameSamples:960,minMs:20,maxMs:100,window:100,skipAfter:25,resyncMs:300}),tc=class{constructor(t=jp){this.config={...jp,...t},this.frames=new Map,this.transitMs=[],this.next=null,this.started=!1,this.over=0,this.counters={received:0,late:0,duplicate:0,lost:0,underruns:0,skipped:0,resyncs:0}}get frameMs(){return this.config.frameSamples*1e3/48e3}get targetMs(){if(this.transitMs.length<2)return this.config.minMs;let t=[...this.transitMs].sort((n,s)=>n-s),e=t[Math.min(t.length-1,Math.floor(.95*t.length))];return Math.min(this.config.maxMs,Math.max(this.config.minMs,e-t[0]+this.frameMs))}get depthMs(){if(this.frames.size===0)return 0;let t=[...this.frames.keys()],e=this.next!==null?this.next:Math.min(...t),n=Math.max(...t)+this.config.frameSamples;return Math.max(0,(n-e)*1e3/48e3)}push(t,e,n){return this.next!==null&&t<this.next&&this.started?(this.counters.late++,!1):this.frames.has(t)?(this.counters.duplicate++,!1):(this.counters.received++,this.frames.set(t,e),this.transitMs.push(n-t*1e3/48e3),this.transitMs.length>this.config.window&&this.transitMs.shift(),(this.next===null||!this.started&&t<this.next)&&(this.next=t),!0)}hasNext(){return this.next!==null&&this.frames.has(this.next)}pop(){if(this.next===null)return null;if(!this.started){if(this.depthMs<this.targetMs)return null;this.started=!0}this.maybeResync();let t=this.next,e=this.frames.has(t)?this.frames.get(t):null;return this.frames.delete(t),e===null&&![...this.frames.keys()].some(n=>n>t)?(this.counters.underruns++,{timestamp:t,payload:null}):(e===null&&this.counters.lost++,this.next=t+this.config.frameSamples,this.adapt(),{timestamp:t,payload:e})}maybeResync(){if(this.frames.has(this.next)||this.frames.size===0)return;let t=Math.min(...this.frames.keys());(t-this.next)*1e3/48e3>this.config.resyncMs&&(this.counters.resyncs++,this.next=t)}adapt(){this.depthMs>this.targetMs+2*this.frameMs?this.over++:this.over=0,this.over>=this.config.skipAfter&&(this.over=0,this.frames.delete(this.next),this.next+=this.config.frameSamples,this.counters.skipped++);for(let t of[...this.frames.keys()])t<this.next&&this.frames.delete(t)}},ec=class{constructor(t=48e3*2){this.frames=[],this.keepSamples=t}add(t,e,n){let s=this.frames.length;for(;s>0&&this.frames[s-1].t>t;)s--;s>0&&this.frames[s-1].t===t||this.frames.splice(s,0,{t,weights:e,pose:n})}sample(t,e,n){let s=this.frames;if(s.length===0)return!1;let r=s.findIndex(h=>h.t>=t);r===-1&&(r=s.length);let o,a,l;r===0?(o=a=s[0],l=0):r===s.length?(o=a=s[s.length-1],l=0):(o=s[r-1],a=s[r],l=(t-o.t)/(a.t-o.t));for(let h=0;h<e.length;h++)e[h]=o.weights[h]+(a.weights[h]-o.weights[h])*l;for(let h=0;h<6;h++)n[h]=o.pose[h]+(a.pose[h]-o.pose[h])*l;let c=s.findIndex(h=>h.t>=t-this.keepSamples);return c>1&&s.splice(0,c-1),!0}};var zw=[960,1920,2880],Gw=312;function Vw(i){if(!i.length)return 0;let t=i[0],e=t>>3,n;e<12?n=[480,960,1920,2880][e&3]:e<16?n=[480,960][e&1]:n=[120,240,480,960][e&3];let s=t&3,r=s===0?1:s<3?2:i.length>1?i[1]&63:0;return n*r}var nc=.06,tm=.4,ic=class{constructor(){this.last=null,this.gaps=[]}tick(t){this.last!==null&&(this.gaps.push(t-this.last),this.gaps.length>200&&this.gaps.shift()),this.last=t}lead(){if(this.gaps.length<5)return nc;let t=[...this.gaps].sort((n,s)=>n-s),e=t[Math.floor(.98*(t.length-1))];return Math.min(tm,Math.max(nc,1.5*e+.02))}},Qp=.06*48e3;function em(){return{packetsReceived:0,mediaPackets:0,controlPackets:0,protocolErrors:0,motionFramesReceived:0,motionLog:[],audioPacketsReceived:0,audioFramesDecoded:0,audioSamplesDecoded:0,audioSlotsScheduled:0,audioSlotsConcealed:0,audioLate:0,decodeErrors:0,jitter:null,photoBytes:0,photoPeer:null,helloName:null,renderedFrames:0,currentWeights:new Array(ee).fill(0),currentPose:[0,0,0,0,0,0],playoutSample:null}}var sc=class{constructor(t,e,n,s,r){Object.assign(this,{remote:t,ctx:e,output:n,stats:s,onPhoto:r}),this.jitter=null,this.track=new ec,this.motionV2=new ql,this.seqs=new go(16),this.stamps=new go(32),this.photos=new jl,this.graphs=new Ql,this.capabilities=[],this.onGraph=null,this.slots=[],this.nextSlot=null,this.pending=[],this.motionAnchor=null,this.decoder=this.makeDecoder()}now(){return this.ctx&&this.ctx.state==="running"?this.ctx.currentTime:performance.now()/1e3}makeDecoder(){if(typeof AudioDecoder>"u")return null;let t=new AudioDecoder({output:e=>this.play(e),error:e=>{this.stats.decodeErrors++,console.warn("Opus decoder:",e),this.pending=[],this.decoder=this.makeDecoder()}});return t.configure({codec:"opus",sampleRate:48e3,numberOfChannels:1}),t}onMessage(t,e){let n=this.stats;n.packetsReceived++;let s;try{s=Jp(e)}catch(r){if(!(r instanceof ne))throw r;n.protocolErrors++;return}if(s.kind==="mediaV2")try{let r=this.motionV2.decode(s.seq,s.timestamp,s.motion);s=new fs(s.seq,s.timestamp,s.opus,r)}catch(r){if(!(r instanceof Ke))throw r;n.protocolErrors++;return}if(s.kind==="media"){if(t!=="media"){n.protocolErrors++;return}n.mediaPackets++,this.onMedia(s)}else n.controlPackets++,this.onControl(s)}onMedia(t){let e=this.stats;this.seqs.unwrap(t.seq);let n=this.stamps.unwrap(t.timestamp);for(let s of t.motion){let r=(s.timestamp-t.timestamp)%4294967296;r<-(2**31)&&(r+=2**32),r>=2**31&&(r-=2**32),this.track.add(n+r,s.weights,s.pose),e.motionFramesReceived++,e.motionLog.length<5e3&&e.motionLog.push({t:s.timestamp,w:Array.from(s.weights),pose:Array.from(s.pose)});let o=this.motionAnchor&&this.motionAnchor.sample+(this.now()-this.motionAnchor.time)*48e3;(!this.motionAnchor||Math.abs(n+r-Qp-o)>.3*48e3)&&(this.motionAnchor={time:this.now(),sample:n+r-Qp})}if(t.opus.length>0){let s=Vw(t.opus);if(!zw.includes(s)||this.jitter&&s!==this.jitter.config.frameSamples){e.protocolErrors++;return}this.jitter||(this.jitter=new tc({frameSamples:s,maxMs:tm*1e3+100})),e.audioPacketsReceived++,this.jitter.push(n,t.opus,performance.now())}}onControl(t){if(t.kind==="photoChunk"||t.kind==="graphChunk")try{if(t.kind==="photoChunk"){let e=this.photos.add(t);e&&(this.stats.photoAt=performance.now(),this.stats.photoBytes=e.length,this.stats.photoPeer=this.remote,this.photoId=t.photoId,this.onPhoto(e))}else{this.stats.graphFirstChunkAt??=performance.now();let e=this.graphs.add(t);e&&(this.stats.graphBytes=e.length,this.onGraph?.(t.photoId,e,""))}}catch(e){if(e instanceof ne)this.stats.protocolErrors++;else throw e}else t.kind==="hello"?(this.name=t.name,this.capabilities=t.capabilities,this.stats.helloName=t.name):t.kind==="notice"&&t.code==="render-graph-failed"&&this.onGraph?.(this.photoId,null,t.message)}tick(t=nc){if(!this.jitter)return;this.jitter.config.minMs=Math.min(this.jitter.config.maxMs,Math.max(20,t*1e3));let e=this.jitter.config.frameSamples/48e3,n=this.now();for(this.nextSlot!==null&&this.nextSlot<n&&(this.nextSlot=null,this.stats.audioLate++);;){let s=this.nextSlot??n+.02;if(s>n+t||this.jitter.started&&!this.jitter.hasNext()&&s>n+nc)break;let r=this.jitter.pop();if(r===null){this.nextSlot=null;break}if(this.nextSlot=s+e,this.slots.push({time:s,ts:r.timestamp-Gw,samples:this.jitter.config.frameSamples}),this.slots.length>64&&this.slots.shift(),this.stats.audioSlotsScheduled++,r.payload===null||!this.decoder){this.stats.audioSlotsConcealed++;continue}let o=this.jitter.config.frameSamples;try{this.decoder.decode(new EncodedAudioChunk({type:"key",timestamp:Math.round(r.timestamp*1e6/48e3),data:r.payload})),this.pending.push({at:s,total:o,remaining:o})}catch{this.stats.decodeErrors++}}this.stats.jitter={...this.jitter.counters,targetMs:this.jitter.targetMs,depthMs:this.jitter.depthMs}}play(t){let e=t.numberOfFrames,n=this.pending[0],s;n&&(s=n.at+(n.total-n.remaining)/48e3,n.remaining-=e,n.remaining<=0&&this.pending.shift());let r=e;if(this.stats.audioFramesDecoded++,this.stats.audioSamplesDecoded+=r,this.ctx&&this.ctx.state==="running"&&s!==void 0){let o=this.ctx.createBuffer(1,r,t.sampleRate);t.copyTo(o.getChannelData(0),{planeIndex:0,format:"f32-planar"});let a=this.ctx.createBufferSource();a.buffer=o,a.connect(this.output),s<this.ctx.currentTime&&this.stats.audioLate++,a.start(Math.max(s,this.ctx.currentTime))}t.close()}playoutSample(t=this.now()){let e=this.ctx&&this.ctx.state==="running"&&(this.ctx.outputLatency||this.ctx.baseLatency)||0,n=t-e;for(let s=this.slots.length-1;s>=0;s--){let r=this.slots[s];if(r.time<=n)return r.ts+Math.min(r.samples,(n-r.time)*48e3)}return this.slots.length?this.slots[0].ts:this.motionAnchor?this.motionAnchor.sample+(t-this.motionAnchor.time)*48e3:null}face(t,e){let n=this.playoutSample();return n===null?!1:(this.stats.playoutSample=n,this.track.sample(n,t,e))}drained(){return(!this.jitter||this.jitter.depthMs===0)&&this.pending.length===0}close(){try{this.decoder?.close()}catch{}}};var wi=960,nm=1920,Hw=16e3,Ww=2,Xw=`
class Tap extends AudioWorkletProcessor {
  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    if (ch) this.port.postMessage(ch.slice(0));
    return true;
  }
}
registerProcessor('photocall-tap', Tap);
`,_u=class{constructor(t=1){this.level=0,this.seed=t,this.nextBlink=1.5,this.blinkStart=-1,this.t=0}rand(){return this.seed=this.seed*16807%2147483647,this.seed/2147483647}push(t){let e=0;for(let a=0;a<t.length;a++)e+=t[a]*t[a];let n=10*Math.log10(e/t.length+1e-12),s=Math.min(1,Math.max(0,(n+50)/35));this.level+=(s-this.level)*(s>this.level?.6:.25);let r=new Float32Array(ee);r[fn.jawOpen]=.7*this.level,r[fn.mouthLowerDownLeft]=r[fn.mouthLowerDownRight]=.3*this.level,this.t+=t.length/48e3,this.t>=this.nextBlink&&(this.blinkStart=this.t,this.nextBlink=this.t+2+4*this.rand());let o=this.t-this.blinkStart;if(this.blinkStart>=0&&o<.15){let a=Math.sin(Math.PI*o/.15);r[fn.eyeBlinkLeft]=r[fn.eyeBlinkRight]=a}return r}},rc=class{constructor(t,e,n){Object.assign(this,{ctx:t,sendMedia:e,stats:n}),this.seq=0,this.sample=0,this.buffer=new Float32Array(wi),this.fill=0,this.motion=new _u,this.frames=new Map,this.packetIndex=0,this.lastWeights=new Float32Array(ee)}async start(){if(!window.isSecureContext)throw new Error("the microphone and WebCodecs need a secure page: open it over https or http://localhost");if(typeof AudioEncoder>"u")throw new Error("this browser has no WebCodecs AudioEncoder: sending audio is not possible here");if(this.ctx.sampleRate!==48e3)throw new Error(`the audio context runs at ${this.ctx.sampleRate} Hz, not 48000`);this.stream=await navigator.mediaDevices.getUserMedia({audio:{channelCount:1,echoCancellation:!0,noiseSuppression:!0}}),this.encoder=new AudioEncoder({output:e=>this.onChunk(e),error:e=>{this.stats.encodeErrors++,console.warn("Opus encoder:",e)}}),this.encoder.configure({codec:"opus",sampleRate:48e3,numberOfChannels:1,bitrate:Hw,opus:{frameDuration:nm*1e6/48e3,application:"voip"}});let t=URL.createObjectURL(new Blob([Xw],{type:"text/javascript"}));await this.ctx.audioWorklet.addModule(t),this.source=this.ctx.createMediaStreamSource(this.stream),this.tap=new AudioWorkletNode(this.ctx,"photocall-tap",{numberOfInputs:1,numberOfOutputs:1,channelCount:1,channelCountMode:"explicit"}),this.tap.port.onmessage=e=>this.onSamples(e.data),this.mute=this.ctx.createGain(),this.mute.gain.value=0,this.source.connect(this.tap).connect(this.mute).connect(this.ctx.destination),this.stats.started=!0,this.stats.device=this.stream.getAudioTracks()[0]?.label??""}onSamples(t){let e=0;for(;e<t.length;){let n=Math.min(t.length-e,wi-this.fill);this.buffer.set(t.subarray(e,e+n),this.fill),this.fill+=n,e+=n,this.fill===wi&&(this.onFrame(this.buffer.slice()),this.fill=0)}}onFrame(t){let e=this.sample;this.sample+=wi;let n=this.motion.push(t);this.lastWeights=n,e/wi%Ww===0&&this.frames.set(e,new ls(e%2**32,n));let s=new AudioData({format:"f32",sampleRate:48e3,numberOfFrames:wi,numberOfChannels:1,timestamp:Math.round(e*1e6/48e3),data:t});this.encoder.encode(s),s.close(),this.stats.samplesCaptured+=wi}onChunk(t){let e=new Uint8Array(t.byteLength);t.copyTo(e);let n=Math.round(t.timestamp*48e3/1e6/wi)*wi,s=[];for(let[a,l]of this.frames)a<n+nm&&(s.push(l),this.frames.delete(a));let r=new fs(this.seq,n%2**32,e,s.filter(a=>n-a.timestamp<32e3));this.seq=(this.seq+1)%65536;let o=Vi(r);this.sendMedia(o),this.stats.packetsSent++,this.stats.bytesSent+=o.length,this.stats.motionFramesSent+=r.motion.length}stop(){this.stream?.getTracks().forEach(t=>t.stop()),this.source?.disconnect(),this.tap?.disconnect();try{this.encoder?.close()}catch{}this.stats.started=!1}};var qn={};var Bu=Object.defineProperty,$w=Object.getOwnPropertyDescriptor,qw=Object.getOwnPropertyNames,Yw=Object.prototype.hasOwnProperty,Zw=(i=>typeof qi<"u"?qi:typeof Proxy<"u"?new Proxy(i,{get:(t,e)=>(typeof qi<"u"?qi:t)[e]}):i)(function(i){if(typeof qi<"u")return qi.apply(this,arguments);throw Error('Dynamic require of "'+i+'" is not supported')}),ue=(i,t,e)=>()=>{if(e)throw e[0];try{return i&&(t=i(i=0)),t}catch(n){throw e=[n],n}},mc=(i,t)=>{for(var e in t)Bu(i,e,{get:t[e],enumerable:!0})},Jw=(i,t,e,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of qw(t))!Yw.call(i,s)&&s!==e&&Bu(i,s,{get:()=>t[s],enumerable:!(n=$w(t,s))||n.enumerable});return i},Du=i=>Jw(Bu({},"__esModule",{value:!0}),i),_o,Hi,fc,im,Sm,wm=ue(()=>{"use strict";_o=new Map,Hi=[],fc=(i,t,e)=>{if(t&&typeof t.init=="function"&&typeof t.createInferenceSessionHandler=="function"){let n=_o.get(i);if(n===void 0)_o.set(i,{backend:t,priority:e});else{if(n.priority>e)return;if(n.priority===e&&n.backend!==t)throw new Error(`cannot register backend "${i}" using priority ${e}`)}if(e>=0){let s=Hi.indexOf(i);s!==-1&&Hi.splice(s,1);for(let r=0;r<Hi.length;r++)if(_o.get(Hi[r]).priority<=e){Hi.splice(r,0,i);return}Hi.push(i)}return}throw new TypeError("not a valid backend")},im=async i=>{let t=_o.get(i);if(!t)return"backend not found.";if(t.initialized)return t.backend;if(t.aborted)return t.error;{let e=!!t.initPromise;try{return e||(t.initPromise=t.backend.init(i)),await t.initPromise,t.initialized=!0,t.backend}catch(n){return e||(t.error=`${n}`,t.aborted=!0),t.error}finally{delete t.initPromise}}},Sm=async i=>{let t=i.executionProviders||[],e=t.map(l=>typeof l=="string"?l:l.name),n=e.length===0?Hi:e,s,r=[],o=new Set;for(let l of n){let c=await im(l);typeof c=="string"?r.push({name:l,err:c}):(s||(s=c),s===c&&o.add(l))}if(!s)throw new Error(`no available backend found. ERR: ${r.map(l=>`[${l.name}] ${l.err}`).join(", ")}`);for(let{name:l,err:c}of r)e.includes(l)&&console.warn(`removing requested execution provider "${l}" from session options because it is not available: ${c}`);let a=t.filter(l=>o.has(typeof l=="string"?l:l.name));return[s,new Proxy(i,{get:(l,c)=>c==="executionProviders"?a:Reflect.get(l,c)})]}}),Kw=ue(()=>{"use strict";wm()}),Mm,jw=ue(()=>{"use strict";Mm="1.30.0"}),xu,qe,bm=ue(()=>{"use strict";jw(),xu="warning",qe={wasm:{},webgl:{},webgpu:{},versions:{common:Mm},set logLevel(i){if(i!==void 0){if(typeof i!="string"||["verbose","info","warning","error","fatal"].indexOf(i)===-1)throw new Error(`Unsupported logging level: ${i}`);xu=i}},get logLevel(){return xu}},Object.defineProperty(qe,"logLevel",{enumerable:!0})}),ve,Qw=ue(()=>{"use strict";bm(),ve=qe}),Em,Am,tM=ue(()=>{"use strict";Em=(i,t)=>{let e=typeof document<"u"?document.createElement("canvas"):new OffscreenCanvas(1,1);e.width=i.dims[3],e.height=i.dims[2];let n=e.getContext("2d");if(n!=null){let s,r;t?.tensorLayout!==void 0&&t.tensorLayout==="NHWC"?(s=i.dims[2],r=i.dims[3]):(s=i.dims[3],r=i.dims[2]);let o=t?.format!==void 0?t.format:"RGB",a=t?.norm,l,c;a===void 0||a.mean===void 0?l=[255,255,255,255]:typeof a.mean=="number"?l=[a.mean,a.mean,a.mean,a.mean]:(l=[a.mean[0],a.mean[1],a.mean[2],0],a.mean[3]!==void 0&&(l[3]=a.mean[3])),a===void 0||a.bias===void 0?c=[0,0,0,0]:typeof a.bias=="number"?c=[a.bias,a.bias,a.bias,a.bias]:(c=[a.bias[0],a.bias[1],a.bias[2],0],a.bias[3]!==void 0&&(c[3]=a.bias[3]));let h=r*s,u=0,f=h,d=h*2,_=-1;o==="RGBA"?(u=0,f=h,d=h*2,_=h*3):o==="RGB"?(u=0,f=h,d=h*2):o==="RBG"&&(u=0,d=h,f=h*2);for(let E=0;E<r;E++)for(let g=0;g<s;g++){let p=(i.data[u++]-c[0])*l[0],b=(i.data[f++]-c[1])*l[1],A=(i.data[d++]-c[2])*l[2],M=_===-1?255:(i.data[_++]-c[3])*l[3];n.fillStyle="rgba("+p+","+b+","+A+","+M+")",n.fillRect(g,E,1,1)}if("toDataURL"in e)return e.toDataURL();throw new Error("toDataURL is not supported")}else throw new Error("Can not access image data")},Am=(i,t)=>{let e=typeof document<"u"?document.createElement("canvas").getContext("2d"):new OffscreenCanvas(1,1).getContext("2d"),n;if(e!=null){let s,r,o;t?.tensorLayout!==void 0&&t.tensorLayout==="NHWC"?(s=i.dims[2],r=i.dims[1],o=i.dims[3]):(s=i.dims[3],r=i.dims[2],o=i.dims[1]);let a=t!==void 0&&t.format!==void 0?t.format:"RGB",l=t?.norm,c,h;l===void 0||l.mean===void 0?c=[255,255,255,255]:typeof l.mean=="number"?c=[l.mean,l.mean,l.mean,l.mean]:(c=[l.mean[0],l.mean[1],l.mean[2],255],l.mean[3]!==void 0&&(c[3]=l.mean[3])),l===void 0||l.bias===void 0?h=[0,0,0,0]:typeof l.bias=="number"?h=[l.bias,l.bias,l.bias,l.bias]:(h=[l.bias[0],l.bias[1],l.bias[2],0],l.bias[3]!==void 0&&(h[3]=l.bias[3]));let u=r*s;if(t!==void 0&&(t.format!==void 0&&o===4&&t.format!=="RGBA"||o===3&&t.format!=="RGB"&&t.format!=="BGR"))throw new Error("Tensor format doesn't match input tensor dims");let f=4,d=0,_=1,E=2,g=3,p=0,b=u,A=u*2,M=-1;a==="RGBA"?(p=0,b=u,A=u*2,M=u*3):a==="RGB"?(p=0,b=u,A=u*2):a==="RBG"&&(p=0,A=u,b=u*2),n=e.createImageData(s,r);for(let R=0;R<r*s;d+=f,_+=f,E+=f,g+=f,R++)n.data[d]=(i.data[p++]-h[0])*c[0],n.data[_]=(i.data[b++]-h[1])*c[1],n.data[E]=(i.data[A++]-h[2])*c[2],n.data[g]=M===-1?255:(i.data[M++]-h[3])*c[3]}else throw new Error("Can not access image data");return n}}),oc,Tm,Rm,Cm,Im,Pm,eM=ue(()=>{"use strict";ku(),oc=(i,t)=>{if(i===void 0)throw new Error("Image buffer must be defined");if(t.height===void 0||t.width===void 0)throw new Error("Image height and width must be defined");if(t.tensorLayout==="NHWC")throw new Error("NHWC Tensor layout is not supported yet");let{height:e,width:n}=t,s=t.norm??{mean:255,bias:0},r,o;typeof s.mean=="number"?r=[s.mean,s.mean,s.mean,s.mean]:r=[s.mean[0],s.mean[1],s.mean[2],s.mean[3]??255],typeof s.bias=="number"?o=[s.bias,s.bias,s.bias,s.bias]:o=[s.bias[0],s.bias[1],s.bias[2],s.bias[3]??0];let a=t.format!==void 0?t.format:"RGBA",l=t.tensorFormat!==void 0&&t.tensorFormat!==void 0?t.tensorFormat:"RGB",c=e*n,h=l==="RGBA"?new Float32Array(c*4):new Float32Array(c*3),u=4,f=0,d=1,_=2,E=3,g=0,p=c,b=c*2,A=-1;a==="RGB"&&(u=3,f=0,d=1,_=2,E=-1),l==="RGBA"?A=c*3:l==="RBG"?(g=0,b=c,p=c*2):l==="BGR"&&(b=0,p=c,g=c*2);for(let M=0;M<c;M++,f+=u,_+=u,d+=u,E+=u)h[g++]=(i[f]+o[0])/r[0],h[p++]=(i[d]+o[1])/r[1],h[b++]=(i[_]+o[2])/r[2],A!==-1&&E!==-1&&(h[A++]=(i[E]+o[3])/r[3]);return l==="RGBA"?new Tn("float32",h,[1,4,e,n]):new Tn("float32",h,[1,3,e,n])},Tm=async(i,t)=>{let e=typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement,n=typeof ImageData<"u"&&i instanceof ImageData,s=typeof ImageBitmap<"u"&&i instanceof ImageBitmap,r=typeof i=="string",o,a=t??{},l=()=>{if(typeof document<"u")return document.createElement("canvas");if(typeof OffscreenCanvas<"u")return new OffscreenCanvas(1,1);throw new Error("Canvas is not supported")},c=h=>typeof HTMLCanvasElement<"u"&&h instanceof HTMLCanvasElement||h instanceof OffscreenCanvas?h.getContext("2d"):null;if(e){let h=l();h.width=i.width,h.height=i.height;let u=c(h);if(u!=null){let f=i.height,d=i.width;if(t!==void 0&&t.resizedHeight!==void 0&&t.resizedWidth!==void 0&&(f=t.resizedHeight,d=t.resizedWidth),t!==void 0){if(a=t,t.tensorFormat!==void 0)throw new Error("Image input config format must be RGBA for HTMLImageElement");a.tensorFormat="RGBA",a.height=f,a.width=d}else a.tensorFormat="RGBA",a.height=f,a.width=d;u.drawImage(i,0,0),o=u.getImageData(0,0,d,f).data}else throw new Error("Can not access image data")}else if(n){let h,u;if(t!==void 0&&t.resizedWidth!==void 0&&t.resizedHeight!==void 0?(h=t.resizedHeight,u=t.resizedWidth):(h=i.height,u=i.width),t!==void 0&&(a=t),a.format="RGBA",a.height=h,a.width=u,t!==void 0){let f=l();f.width=u,f.height=h;let d=c(f);if(d!=null)d.putImageData(i,0,0),o=d.getImageData(0,0,u,h).data;else throw new Error("Can not access image data")}else o=i.data}else if(s){if(t===void 0)throw new Error("Please provide image config with format for Imagebitmap");let h=l();h.width=i.width,h.height=i.height;let u=c(h);if(u!=null){let f=i.height,d=i.width;return u.drawImage(i,0,0,d,f),o=u.getImageData(0,0,d,f).data,a.height=f,a.width=d,oc(o,a)}else throw new Error("Can not access image data")}else{if(r)return new Promise((h,u)=>{let f=l(),d=c(f);if(!i||!d)return u();let _=new Image;_.crossOrigin="Anonymous",_.src=i,_.onload=()=>{f.width=_.width,f.height=_.height,d.drawImage(_,0,0,f.width,f.height);let E=d.getImageData(0,0,f.width,f.height);a.height=f.height,a.width=f.width,h(oc(E.data,a))}});throw new Error("Input data provided is not supported - aborted tensor creation")}if(o!==void 0)return oc(o,a);throw new Error("Input data provided is not supported - aborted tensor creation")},Rm=(i,t)=>{let{width:e,height:n,download:s,dispose:r}=t,o=[1,n,e,4];return new Tn({location:"texture",type:"float32",texture:i,dims:o,download:s,dispose:r})},Cm=(i,t)=>{let{dataType:e,dims:n,download:s,dispose:r}=t;return new Tn({location:"gpu-buffer",type:e??"float32",gpuBuffer:i,dims:n,download:s,dispose:r})},Im=(i,t)=>{let{dataType:e,dims:n,download:s,dispose:r}=t;return new Tn({location:"ml-tensor",type:e??"float32",mlTensor:i,dims:n,download:s,dispose:r})},Pm=(i,t,e)=>new Tn({location:"cpu-pinned",type:i,data:t,dims:e??[t.length]})}),_s,So,yu,Lm,nM=ue(()=>{"use strict";_s=new Map([["float32",Float32Array],["uint8",Uint8Array],["int8",Int8Array],["uint16",Uint16Array],["int16",Int16Array],["int32",Int32Array],["bool",Uint8Array],["float64",Float64Array],["uint32",Uint32Array],["int4",Uint8Array],["uint4",Uint8Array]]),So=new Map([[Float32Array,"float32"],[Uint8Array,"uint8"],[Int8Array,"int8"],[Uint16Array,"uint16"],[Int16Array,"int16"],[Int32Array,"int32"],[Float64Array,"float64"],[Uint32Array,"uint32"]]),yu=!1,Lm=()=>{if(!yu){yu=!0;let i=typeof BigInt64Array<"u"&&BigInt64Array.from,t=typeof BigUint64Array<"u"&&BigUint64Array.from,e=globalThis.Float16Array,n=typeof e<"u"&&e.from;i&&(_s.set("int64",BigInt64Array),So.set(BigInt64Array,"int64")),t&&(_s.set("uint64",BigUint64Array),So.set(BigUint64Array,"uint64")),n?(_s.set("float16",e),So.set(e,"float16")):_s.set("float16",Uint16Array)}}}),Dm,Um,iM=ue(()=>{"use strict";ku(),Dm=i=>{let t=1;for(let e=0;e<i.length;e++){let n=i[e];if(typeof n!="number"||!Number.isSafeInteger(n))throw new TypeError(`dims[${e}] must be an integer, got: ${n}`);if(n<0)throw new RangeError(`dims[${e}] must be a non-negative integer, got: ${n}`);t*=n}return t},Um=(i,t)=>{switch(i.location){case"cpu":return new Tn(i.type,i.data,t);case"cpu-pinned":return new Tn({location:"cpu-pinned",data:i.data,type:i.type,dims:t});case"texture":return new Tn({location:"texture",texture:i.texture,type:i.type,dims:t});case"gpu-buffer":return new Tn({location:"gpu-buffer",gpuBuffer:i.gpuBuffer,type:i.type,dims:t});case"ml-tensor":return new Tn({location:"ml-tensor",mlTensor:i.mlTensor,type:i.type,dims:t});default:throw new Error(`tensorReshape: tensor location ${i.location} is not supported`)}}}),Tn,ku=ue(()=>{"use strict";tM(),eM(),nM(),iM(),Tn=class{constructor(i,t,e){Lm();let n,s;if(typeof i=="object"&&"location"in i)switch(this.dataLocation=i.location,n=i.type,s=i.dims,i.location){case"cpu-pinned":{let o=_s.get(n);if(!o)throw new TypeError(`unsupported type "${n}" to create tensor from pinned buffer`);if(!(i.data instanceof o))throw new TypeError(`buffer should be of type ${o.name}`);this.cpuData=i.data;break}case"texture":{if(n!=="float32")throw new TypeError(`unsupported type "${n}" to create tensor from texture`);this.gpuTextureData=i.texture,this.downloader=i.download,this.disposer=i.dispose;break}case"gpu-buffer":{if(n!=="float32"&&n!=="float16"&&n!=="int32"&&n!=="int64"&&n!=="uint32"&&n!=="uint8"&&n!=="bool"&&n!=="uint4"&&n!=="int4")throw new TypeError(`unsupported type "${n}" to create tensor from gpu buffer`);this.gpuBufferData=i.gpuBuffer,this.downloader=i.download,this.disposer=i.dispose;break}case"ml-tensor":{if(n!=="float32"&&n!=="float16"&&n!=="int32"&&n!=="int64"&&n!=="uint32"&&n!=="uint64"&&n!=="int8"&&n!=="uint8"&&n!=="bool"&&n!=="uint4"&&n!=="int4")throw new TypeError(`unsupported type "${n}" to create tensor from MLTensor`);this.mlTensorData=i.mlTensor,this.downloader=i.download,this.disposer=i.dispose;break}default:throw new Error(`Tensor constructor: unsupported location '${this.dataLocation}'`)}else{let o,a;if(typeof i=="string")if(n=i,a=e,i==="string"){if(!Array.isArray(t))throw new TypeError("A string tensor's data must be a string array.");o=t}else{let l=_s.get(i);if(l===void 0)throw new TypeError(`Unsupported tensor type: ${i}.`);if(Array.isArray(t)){if(i==="float16"&&l===Uint16Array||i==="uint4"||i==="int4")throw new TypeError(`Creating a ${i} tensor from number array is not supported. Please use ${l.name} as data.`);i==="uint64"||i==="int64"?o=l.from(t,BigInt):o=l.from(t)}else if(t instanceof l)o=t;else if(t instanceof Uint8ClampedArray)if(i==="uint8")o=Uint8Array.from(t);else throw new TypeError("A Uint8ClampedArray tensor's data must be type of uint8");else if(i==="float16"&&t instanceof Uint16Array&&l!==Uint16Array)o=new globalThis.Float16Array(t.buffer,t.byteOffset,t.length);else throw new TypeError(`A ${n} tensor's data must be type of ${l}`)}else if(a=t,Array.isArray(i)){if(i.length===0)throw new TypeError("Tensor type cannot be inferred from an empty array.");let l=typeof i[0];if(l==="string")n="string",o=i;else if(l==="boolean")n="bool",o=Uint8Array.from(i);else throw new TypeError(`Invalid element type of data array: ${l}.`)}else if(i instanceof Uint8ClampedArray)n="uint8",o=Uint8Array.from(i);else{let l=So.get(i.constructor);if(l===void 0)throw new TypeError(`Unsupported type for tensor data: ${i.constructor}.`);n=l,o=i}if(a===void 0)a=[o.length];else if(!Array.isArray(a))throw new TypeError("A tensor's dims must be a number array");s=a,this.cpuData=o,this.dataLocation="cpu"}let r=Dm(s);if(this.cpuData&&r!==this.cpuData.length&&!((n==="uint4"||n==="int4")&&Math.ceil(r/2)===this.cpuData.length))throw new Error(`Tensor's size(${r}) does not match data length(${this.cpuData.length}).`);this.type=n,this.dims=s,this.size=r}static async fromImage(i,t){return Tm(i,t)}static fromTexture(i,t){return Rm(i,t)}static fromGpuBuffer(i,t){return Cm(i,t)}static fromMLTensor(i,t){return Im(i,t)}static fromPinnedBuffer(i,t,e){return Pm(i,t,e)}toDataURL(i){return Em(this,i)}toImageData(i){return Am(this,i)}get data(){if(this.ensureValid(),!this.cpuData)throw new Error("The data is not on CPU. Use `getData()` to download GPU data to CPU, or use `texture` or `gpuBuffer` property to access the GPU data directly.");return this.cpuData}get location(){return this.dataLocation}get texture(){if(this.ensureValid(),!this.gpuTextureData)throw new Error("The data is not stored as a WebGL texture.");return this.gpuTextureData}get gpuBuffer(){if(this.ensureValid(),!this.gpuBufferData)throw new Error("The data is not stored as a WebGPU buffer.");return this.gpuBufferData}get mlTensor(){if(this.ensureValid(),!this.mlTensorData)throw new Error("The data is not stored as a WebNN MLTensor.");return this.mlTensorData}async getData(i){switch(this.ensureValid(),this.dataLocation){case"cpu":case"cpu-pinned":return this.data;case"texture":case"gpu-buffer":case"ml-tensor":{if(!this.downloader)throw new Error("The current tensor is not created with a specified data downloader.");if(this.isDownloading)throw new Error("The current tensor is being downloaded.");try{this.isDownloading=!0;let t=await this.downloader();return this.downloader=void 0,this.dataLocation="cpu",this.cpuData=t,i&&this.disposer&&(this.disposer(),this.disposer=void 0),t}finally{this.isDownloading=!1}}default:throw new Error(`cannot get data from location: ${this.dataLocation}`)}}dispose(){if(this.isDownloading)throw new Error("The current tensor is being downloaded.");this.disposer&&(this.disposer(),this.disposer=void 0),this.cpuData=void 0,this.gpuTextureData=void 0,this.gpuBufferData=void 0,this.mlTensorData=void 0,this.downloader=void 0,this.isDownloading=void 0,this.dataLocation="none"}ensureValid(){if(this.dataLocation==="none")throw new Error("The tensor is disposed.")}reshape(i){if(this.ensureValid(),this.downloader||this.disposer)throw new Error("Cannot reshape a tensor that owns GPU resource.");return Um(this,i)}}}),Rn,Nm=ue(()=>{"use strict";ku(),Rn=Tn}),Uu,vu,ar,lr,cr,hr,Fm=ue(()=>{"use strict";bm(),Uu=(i,t)=>{(typeof qe.trace>"u"?!qe.wasm.trace:!qe.trace)||console.timeStamp(`${i}::ORT::${t}`)},vu=(i,t)=>{let e=new Error().stack?.split(/\r\n|\r|\n/g)||[],n=!1;for(let s=0;s<e.length;s++){if(n&&!e[s].includes("TRACE_FUNC")){let r=`FUNC_${i}::${e[s].trim().split(" ")[1]}`;t&&(r+=`::${t}`),Uu("CPU",r);return}e[s].includes("TRACE_FUNC")&&(n=!0)}},ar=i=>{(typeof qe.trace>"u"?!qe.wasm.trace:!qe.trace)||vu("BEGIN",i)},lr=i=>{(typeof qe.trace>"u"?!qe.wasm.trace:!qe.trace)||vu("END",i)},cr=i=>{(typeof qe.trace>"u"?!qe.wasm.trace:!qe.trace)||console.time(`ORT::${i}`)},hr=i=>{(typeof qe.trace>"u"?!qe.wasm.trace:!qe.trace)||console.timeEnd(`ORT::${i}`)}}),Om,sM=ue(()=>{"use strict";wm(),Nm(),Fm(),Om=class Bm{constructor(t){this.handler=t}async run(t,e,n){ar(),cr("InferenceSession.run");let s={},r={};if(typeof t!="object"||t===null||t instanceof Rn||Array.isArray(t))throw new TypeError("'feeds' must be an object that use input names as keys and OnnxValue as corresponding values.");let o=!0;if(typeof e=="object"){if(e===null)throw new TypeError("Unexpected argument[1]: cannot be null.");if(e instanceof Rn)throw new TypeError("'fetches' cannot be a Tensor");if(Array.isArray(e)){if(e.length===0)throw new TypeError("'fetches' cannot be an empty array.");o=!1;for(let c of e){if(typeof c!="string")throw new TypeError("'fetches' must be a string array or an object.");if(this.outputNames.indexOf(c)===-1)throw new RangeError(`'fetches' contains invalid output name: ${c}.`);s[c]=null}if(typeof n=="object"&&n!==null)r=n;else if(typeof n<"u")throw new TypeError("'options' must be an object.")}else{let c=!1,h=Object.getOwnPropertyNames(e);for(let u of this.outputNames)if(h.indexOf(u)!==-1){let f=e[u];(f===null||f instanceof Rn)&&(c=!0,o=!1,s[u]=f)}if(c){if(typeof n=="object"&&n!==null)r=n;else if(typeof n<"u")throw new TypeError("'options' must be an object.")}else r=e}}else if(typeof e<"u")throw new TypeError("Unexpected argument[1]: must be 'fetches' or 'options'.");for(let c of this.inputNames)if(typeof t[c]>"u")throw new Error(`input '${c}' is missing in 'feeds'.`);if(o)for(let c of this.outputNames)s[c]=null;let a=await this.handler.run(t,s,r),l={};for(let c in a)if(Object.hasOwnProperty.call(a,c)){let h=a[c];h instanceof Rn?l[c]=h:l[c]=new Rn(h.type,h.data,h.dims)}return hr("InferenceSession.run"),lr(),l}async release(){return this.handler.dispose()}static async create(t,e,n,s){ar(),cr("InferenceSession.create");let r,o={};if(typeof t=="string"){if(r=t,typeof e=="object"&&e!==null)o=e;else if(typeof e<"u")throw new TypeError("'options' must be an object.")}else if(t instanceof Uint8Array){if(r=t,typeof e=="object"&&e!==null)o=e;else if(typeof e<"u")throw new TypeError("'options' must be an object.")}else if(t instanceof ArrayBuffer||typeof SharedArrayBuffer<"u"&&t instanceof SharedArrayBuffer){let h=t,u=0,f=t.byteLength;if(typeof e=="object"&&e!==null)o=e;else if(typeof e=="number"){if(u=e,!Number.isSafeInteger(u))throw new RangeError("'byteOffset' must be an integer.");if(u<0||u>=h.byteLength)throw new RangeError(`'byteOffset' is out of range [0, ${h.byteLength}).`);if(f=t.byteLength-u,typeof n=="number"){if(f=n,!Number.isSafeInteger(f))throw new RangeError("'byteLength' must be an integer.");if(f<=0||u+f>h.byteLength)throw new RangeError(`'byteLength' is out of range (0, ${h.byteLength-u}].`);if(typeof s=="object"&&s!==null)o=s;else if(typeof s<"u")throw new TypeError("'options' must be an object.")}else if(typeof n<"u")throw new TypeError("'byteLength' must be a number.")}else if(typeof e<"u")throw new TypeError("'options' must be an object.");r=new Uint8Array(h,u,f)}else throw new TypeError("Unexpected argument[0]: must be 'path' or 'buffer'.");let[a,l]=await Sm(o),c=await a.createInferenceSessionHandler(r,l);return hr("InferenceSession.create"),lr(),new Bm(c)}startProfiling(){this.handler.startProfiling()}endProfiling(){this.handler.endProfiling()}get inputNames(){return this.handler.inputNames}get outputNames(){return this.handler.outputNames}get inputMetadata(){return this.handler.inputMetadata}get outputMetadata(){return this.handler.outputMetadata}}}),gc,rM=ue(()=>{"use strict";sM(),gc=Om}),oM=ue(()=>{"use strict"}),aM=ue(()=>{"use strict"}),lM=ue(()=>{"use strict"}),cM=ue(()=>{"use strict"}),hM={};mc(hM,{InferenceSession:()=>gc,TRACE:()=>Uu,TRACE_EVENT_BEGIN:()=>cr,TRACE_EVENT_END:()=>hr,TRACE_FUNC_BEGIN:()=>ar,TRACE_FUNC_END:()=>lr,Tensor:()=>Rn,env:()=>ve,registerBackend:()=>fc});var xs=ue(()=>{"use strict";Kw(),Qw(),rM(),Nm(),oM(),aM(),Fm(),lM(),cM()}),zu=ue(()=>{"use strict"}),km={};mc(km,{default:()=>zm});var Su,wu,zm,uM=ue(()=>{"use strict";Qm(),ur(),Gu(),Su="ort-wasm-proxy-worker",wu=globalThis.self?.name===Su,wu&&(self.onmessage=i=>{let{type:t,in:e}=i.data;try{switch(t){case"init-wasm":Vu(e.wasm).then(()=>{qu(e).then(()=>{postMessage({type:t})},n=>{postMessage({type:t,err:n})})},n=>{postMessage({type:t,err:n})});break;case"init-ep":{let{epName:n,env:s}=e;Yu(s,n).then(()=>{postMessage({type:t})},r=>{postMessage({type:t,err:r})});break}case"copy-from":{let{buffer:n}=e,s=pc(n);postMessage({type:t,out:s});break}case"create":{let{model:n,options:s}=e;Zu(n,s).then(r=>{postMessage({type:t,out:r})},r=>{postMessage({type:t,err:r})});break}case"release":Ju(e),postMessage({type:t});break;case"run":{let{sessionId:n,inputIndices:s,inputs:r,outputIndices:o,options:a}=e;Ku(n,s,r,o,new Array(o.length).fill(null),a).then(l=>{l.some(c=>c[3]!=="cpu")?postMessage({type:t,err:"Proxy does not support non-cpu tensor location."}):postMessage({type:t,out:l},Qu([...r,...l]))},l=>{postMessage({type:t,err:l})});break}case"end-profiling":ju(e),postMessage({type:t});break;default:}}catch(n){postMessage({type:t,err:n})}}),zm=wu?null:i=>new Worker(i??An,{type:"module",name:Su})}),Gm={};mc(Gm,{default:()=>Vm});async function sm(i={}){var t=i,e=!!globalThis.window,n=!!globalThis.WorkerGlobalScope,s=n&&self.name?.startsWith("em-pthread");t.mountExternalData=(m,S)=>{m.startsWith("./")&&(m=m.substring(2)),(t.Tb||(t.Tb=new Map)).set(m,S)},t.unmountExternalData=()=>{delete t.Tb,delete t.mc,delete t.lc,delete t.nc},globalThis.SharedArrayBuffer??new WebAssembly.Memory({initial:0,maximum:0,shared:!0}).buffer.constructor;var r,o,a=(m,S)=>{throw S},l=qn.url,c="";if(e||n){try{c=new URL(".",l).href}catch{}n&&(o=m=>{var S=new XMLHttpRequest;return S.open("GET",m,!1),S.responseType="arraybuffer",S.send(null),new Uint8Array(S.response)}),r=async m=>{if(R(m))return new Promise((P,I)=>{var O=new XMLHttpRequest;O.open("GET",m,!0),O.responseType="arraybuffer",O.onload=()=>{O.status==200||O.status==0&&O.response?P(O.response):I(O.status)},O.onerror=I,O.send(null)});var S=await fetch(m,{credentials:"same-origin"});if(S.ok)return S.arrayBuffer();throw Error(S.status+" : "+S.url)}}var h,u,f,d,_,E,g=console.log.bind(console),p=console.error.bind(console),b=g,A=p,M=!1,R=m=>m.startsWith("file://");function y(){Ue.buffer!=B.buffer&&K()}if(s){let m=function(S){try{var P=S.data,I=P.Rb;if(I==="load"){let O=[];self.onmessage=q=>O.push(q),E=()=>{postMessage({Rb:"loaded"});for(let q of O)m(q);self.onmessage=m};for(let q of P.ac)t[q]&&!t[q].proxy||(t[q]=(...ft)=>{postMessage({Rb:"callHandler",$b:q,args:ft})},q=="print"&&(b=t[q]),q=="printErr"&&(A=t[q]));Ue=P.fc,K(),u=P.hc,Bt(),Lo()}else if(I==="run"){(function(O){var q=(y(),$)[O+52>>>2>>>0];O=(y(),$)[O+56>>>2>>>0],gf(q,q-O),Yt(q)})(P.Qb),Mc(P.Qb,0,0,1,0,0),De(),vs(P.Qb),T||=!0;try{we(P.dc,P.Vb)}catch(O){if(O!="unwind")throw O}}else P.target!=="setimmediate"&&(I==="checkMailbox"?T&&ri():I&&(A(`worker: received unknown command ${I}`),A(P)))}catch(O){throw uf(),O}};var x=m,T=!1;self.onunhandledrejection=S=>{throw S.reason||S},self.onmessage=m}var B,U,z,N,$,D,G,Y,J,ot=!1;function K(){var m=Ue.buffer;t.HEAP8=B=new Int8Array(m),z=new Int16Array(m),t.HEAPU8=U=new Uint8Array(m),new Uint16Array(m),t.HEAP32=N=new Int32Array(m),t.HEAPU32=$=new Uint32Array(m),D=new Float32Array(m),G=new Float64Array(m),Y=new BigInt64Array(m),new BigUint64Array(m)}function Q(){ot=!0,s?E():Mi.Va()}function st(m){throw A(m="Aborted("+m+")"),M=!0,m=new WebAssembly.RuntimeError(m+". Build with -sASSERTIONS for more info."),_?.(m),m}function At(){return{a:{T:_g,f:Ne,w:Vt,e:rt,k:pt,h:yt,L:et,b:nt,G:_t,ua:it,j,M:Dt,La:qt,qa:lt,sa:Nt,Ma:$t,Ja:wt,Ca:de,Ia:Fe,Z:Nn,ra:dr,oa:ys,Ka:Mo,pa:pr,Ra:bo,Fa:si,ma:Ao,va:$i,ja:Sc,U:To,Ea:vs,Oa:Ro,za:wc,Aa:w,Ba:F,xa:Z,ya:H,ka:Tt,Ta:bt,Qa:ie,W:se,V:Pe,Pa:Lt,F:xe,Na:_e,na:We,u:vt,H:Pt,S:xn,la:oi,ba:ws,Ua:he,Ga:Be,Ha:In,ta:Kt,I:gr,wa:rf,Y:of,Da:af,X:lf,$:t0,N:Zg,aa:Qg,O:Yg,v:Og,d:Sg,m:yg,n:xg,r:Pg,ca:Xg,E:Wg,o:bg,P:$g,C:Jg,J:Hg,da:Vg,ea:Gg,z:Lg,fa:kg,Q:zg,ga:Bg,y:Ng,D:qg,c:vg,q:Mg,i:wg,_:e0,l:Ag,p:Tg,s:Eg,t:Rg,x:Dg,R:Fg,A:Kg,K:Ug,B:jg,ha:Ig,ia:Cg,g:mg,a:Ue,Sa:le}}}async function Bt(){function m(I,O){return Mi=I.exports,Mi=(function(){var q=Mi,ft=Qt=>()=>Qt()>>>0,Ft=Qt=>oe=>Qt(oe)>>>0;return(q=Object.assign({},q)).ub=ft(q.ub),q.wb=Ft(q.wb),q.Kb=Ft(q.Kb),q.Lb=ft(q.Lb),q.Pb=Ft(q.Pb),q})(),Ye.push(Mi.xb),I=Mi,t._OrtInit=I.Wa,t._OrtGetLastError=I.Xa,t._OrtCreateSessionOptions=I.Ya,t._OrtAppendExecutionProvider=I.Za,t._OrtAddFreeDimensionOverride=I._a,t._OrtAddSessionConfigEntry=I.$a,t._OrtReleaseSessionOptions=I.ab,t._OrtCreateSession=I.bb,t._OrtReleaseSession=I.cb,t._OrtGetInputOutputCount=I.db,t._OrtGetInputOutputMetadata=I.eb,t._OrtFree=I.fb,t._OrtCreateTensor=I.gb,t._OrtGetTensorData=I.hb,t._OrtReleaseTensor=I.ib,t._OrtCreateRunOptions=I.jb,t._OrtAddRunConfigEntry=I.kb,t._OrtReleaseRunOptions=I.lb,t._OrtCreateBinding=I.mb,t._OrtBindInput=I.nb,t._OrtBindOutput=I.ob,t._OrtClearBoundOutputs=I.pb,t._OrtReleaseBinding=I.qb,t._OrtRunWithBinding=I.rb,t._OrtRun=I.sb,t._OrtEndProfiling=I.tb,Po=I.ub,cf=t._free=I.vb,hf=t._malloc=I.wb,Mc=I.zb,uf=I.Ab,ff=I.Bb,df=I.Cb,bc=I.Db,pf=I.Eb,mf=I.Fb,jt=I.Gb,_r=I.Hb,gf=I.Ib,Yt=I.Jb,Ec=I.Kb,Zt=I.Lb,_f=I.Mb,Ac=I.Nb,xf=I.Ob,yf=I.Pb,vf=I.yb,u=O,Mi}var S,P=At();return t.instantiateWasm?new Promise(I=>{t.instantiateWasm(P,(O,q)=>{I(m(O,q))})}):s?m(new WebAssembly.Instance(u,At()),u):(J??=t.locateFile?t.locateFile?t.locateFile("ort-wasm-simd-threaded.wasm",c):c+"ort-wasm-simd-threaded.wasm":new URL("ort-wasm-simd-threaded.wasm",qn.url).href,S=await(async function(I){var O=J;if(!h&&!R(O))try{var q=fetch(O,{credentials:"same-origin"});return await WebAssembly.instantiateStreaming(q,I)}catch(ft){A(`wasm streaming compile failed: ${ft}`),A("falling back to ArrayBuffer instantiation")}return(async function(ft,Ft){try{var Qt=await(async function(oe){if(!h)try{var Ze=await r(oe);return new Uint8Array(Ze)}catch{}if(oe==J&&h)oe=new Uint8Array(h);else{if(!o)throw"both async and sync fetching of the wasm failed";oe=o(oe)}return oe})(ft);return await WebAssembly.instantiate(Qt,Ft)}catch(oe){A(`failed to asynchronously prepare wasm: ${oe}`),st(oe)}})(O,I)})(P),m(S.instance,S.module))}class tt{name="ExitStatus";constructor(S){this.message=`Program terminated with exit(${S})`,this.status=S}}var St=m=>{m.terminate(),m.onmessage=()=>{}},Mt=[],Ct=0,gt=null,It=m=>{Se.length==0&&(sn(),nn(Se[0]));var S=Se.pop();if(!S)return 6;Ee.push(S),pe[m.Qb]=S,S.Qb=m.Qb;var P={Rb:"run",dc:m.cc,Vb:m.Vb,Qb:m.Qb};return S.postMessage(P,m.Zb),0},Gt=0,dt=(m,S,...P)=>{var I,O=16*P.length,q=Zt(),ft=Ec(O),Ft=ft>>>3;for(I of P)typeof I=="bigint"?((y(),Y)[Ft++>>>0]=1n,(y(),Y)[Ft++>>>0]=I):((y(),Y)[Ft++>>>0]=0n,(y(),G)[Ft++>>>0]=I);return m=ff(m,0,O,ft,S),Yt(q),m};function le(m){if(s)return dt(0,1,m);if(f=m,!(0<Gt)){for(var S of Ee)St(S);for(S of Se)St(S);Se=[],Ee=[],pe={},M=!0}a(0,new tt(m))}function fe(m){if(s)return dt(1,0,m);Kt(m)}var Kt=m=>{if(f=m,s)throw fe(m),"unwind";le(m)},Se=[],Ee=[],Ye=[],pe={},_n=m=>{var S=m.Qb;delete pe[S],Se.push(m),Ee.splice(Ee.indexOf(m),1),m.Qb=0,df(S)};function De(){Ye.forEach(m=>m())}var nn=m=>new Promise(S=>{m.onmessage=O=>{var q=O.data;if(O=q.Rb,q.Ub&&q.Ub!=Po()){var ft=pe[q.Ub];ft?ft.postMessage(q,q.Zb):A(`Internal error! Worker sent a message "${O}" to target pthread ${q.Ub}, but that thread no longer exists!`)}else O==="checkMailbox"?ri():O==="spawnThread"?It(q):O==="cleanupThread"?Xi(()=>{_n(pe[q.ec])}):O==="loaded"?(m.loaded=!0,S(m)):q.target==="setimmediate"?m.postMessage(q):O==="uncaughtException"?m.onerror(q.error):O==="callHandler"?t[q.$b](...q.args):O&&A(`worker sent an unknown command ${O}`)},m.onerror=O=>{throw A(`worker sent an error! ${O.filename}:${O.lineno}: ${O.message}`),O};var P,I=[];for(P of[])t.propertyIsEnumerable(P)&&I.push(P);m.postMessage({Rb:"load",ac:I,fc:Ue,hc:u})});function sn(){var m=new Worker((()=>{let S=URL;return qn.url>"file:"&&qn.url<"file;"?new S("ort.wasm.bundle.min.mjs",qn.url):new URL(qn.url)})(),{type:"module",workerData:"em-pthread",name:"em-pthread"});Se.push(m)}var Ue,k=[],kt=m=>{var S=k[m];return S||(k[m]=S=vf.get(m)),S},we=(m,S)=>{Gt=0,m=kt(m)(S),0<Gt?f=m:bc(m)},ge=[],xt=0;function Ne(m){var S=new W(m>>>=0);return(y(),B)[S.Sb+12>>>0]==0&&(C(S,!0),xt--),v(S,!1),ge.push(S),yf(m)}var Ut=0,Vt=()=>{jt(0,0);var m=ge.pop();_f(m.Wb),Ut=0};function C(m,S){S=S?1:0,(y(),B)[m.Sb+12>>>0]=S}function v(m,S){S=S?1:0,(y(),B)[m.Sb+13>>>0]=S}class W{constructor(S){this.Wb=S,this.Sb=S-24}}var at=m=>{var S=Ut;if(!S)return _r(0),0;var P=new W(S);(y(),$)[P.Sb+16>>>2>>>0]=S;var I=(y(),$)[P.Sb+4>>>2>>>0];if(!I)return _r(0),S;for(var O of m){if(O===0||O===I)break;if(xf(O,I,P.Sb+16))return _r(O),S}return _r(I),S};function rt(){return at([])}function pt(m){return at([m>>>0])}function yt(m,S,P,I){return at([m>>>0,S>>>0,P>>>0,I>>>0])}var et=()=>{var m=ge.pop();m||st("no exception to throw");var S=m.Wb;throw(y(),B)[m.Sb+13>>>0]==0&&(ge.push(m),v(m,!0),C(m,!1),xt++),Ac(S),Ut=S};function nt(m,S,P){var I=new W(m>>>=0);throw S>>>=0,P>>>=0,(y(),$)[I.Sb+16>>>2>>>0]=0,(y(),$)[I.Sb+4>>>2>>>0]=S,(y(),$)[I.Sb+8>>>2>>>0]=P,Ac(m),xt++,Ut=m}var _t=()=>xt;function L(m,S,P,I){return s?dt(2,1,m,S,P,I):it(m,S,P,I)}function it(m,S,P,I){if(m>>>=0,S>>>=0,P>>>=0,I>>>=0,!globalThis.SharedArrayBuffer)return 6;var O=[];return s&&O.length===0?L(m,S,P,I):(m={cc:P,Qb:m,Vb:I,Zb:O},s?(m.Rb="spawnThread",postMessage(m,O),0):It(m))}function j(m){throw Ut||=m>>>0,Ut}var mt=globalThis.TextDecoder&&new TextDecoder,ct=(m,S=0,P,I)=>{var O=S>>>=0;if(P=O+P,I)I=P;else{for(;m[O]&&!(O>=P);)++O;I=O}if(16<I-S&&m.buffer&&mt)return mt.decode(m.buffer instanceof ArrayBuffer?m.subarray(S,I):m.slice(S,I));for(O="";S<I;)if(128&(P=m[S++])){var q=63&m[S++];if((224&P)==192)O+=String.fromCharCode((31&P)<<6|q);else{var ft=63&m[S++];65536>(P=(240&P)==224?(15&P)<<12|q<<6|ft:(7&P)<<18|q<<12|ft<<6|63&m[S++])?O+=String.fromCharCode(P):(P-=65536,O+=String.fromCharCode(55296|P>>10,56320|1023&P))}}else O+=String.fromCharCode(P);return O},ut=(m,S,P)=>(m>>>=0)?ct((y(),U),m,S,P):"";function Dt(m,S,P){return s?dt(3,1,m,S,P):0}function qt(m,S){if(s)return dt(4,1,m,S)}function lt(m,S){if(s)return dt(5,1,m,S)}function Nt(m,S,P){if(s)return dt(6,1,m,S,P)}function $t(m,S,P){return s?dt(7,1,m,S,P):0}function wt(m,S){if(s)return dt(8,1,m,S)}function de(m,S,P){if(s)return dt(9,1,m,S,P)}function Fe(m,S,P,I){if(s)return dt(10,1,m,S,P,I)}function Nn(m,S,P,I){if(s)return dt(11,1,m,S,P,I)}function dr(m,S,P,I){if(s)return dt(12,1,m,S,P,I)}function ys(m){if(s)return dt(13,1,m)}function Mo(m,S){if(s)return dt(14,1,m,S)}function pr(m,S,P){if(s)return dt(15,1,m,S,P)}var bo=()=>st("");function si(m){Mc(m>>>0,!n,1,!e,131072,!1),De()}var Xi=m=>{if(!M)try{if(m(),!(0<Gt))try{s?Po()&&bc(f):Kt(f)}catch(S){S instanceof tt||S=="unwind"||a(0,S)}}catch(S){S instanceof tt||S=="unwind"||a(0,S)}},Eo=!Atomics.waitAsync||globalThis.navigator?.userAgent&&91>Number((navigator.userAgent.match(/Chrom(e|ium)\/([0-9]+)\./)||[])[2]);function vs(m){m>>>=0,Eo||(Atomics.waitAsync((y(),N),m>>>2,m).value.then(ri),m+=128,Atomics.store((y(),N),m>>>2,1))}var ri=()=>Xi(()=>{var m=Po();m&&(vs(m),mf())});function Ao(m,S){(m>>>=0)==S>>>0?setTimeout(ri):s?postMessage({Ub:m,Rb:"checkMailbox"}):(m=pe[m])&&m.postMessage({Rb:"checkMailbox"})}var Ss=[];function $i(m,S,P,I,O){for(S>>>=0,O>>>=0,Ss.length=0,P=O>>>3,I=O+I>>>3;P<I;){var q;q=(y(),Y)[P++>>>0]?(y(),Y)[P++>>>0]:(y(),G)[P++>>>0],Ss.push(q)}return(S?Sf[S]:gg[m])(...Ss)}var Sc=()=>{Gt=0};function To(m){m>>>=0,s?postMessage({Rb:"cleanupThread",ec:m}):_n(pe[m])}function Ro(m){}function wc(m,S){m=-9007199254740992>m||9007199254740992<m?NaN:Number(m),S>>>=0,m=new Date(1e3*m),(y(),N)[S>>>2>>>0]=m.getUTCSeconds(),(y(),N)[S+4>>>2>>>0]=m.getUTCMinutes(),(y(),N)[S+8>>>2>>>0]=m.getUTCHours(),(y(),N)[S+12>>>2>>>0]=m.getUTCDate(),(y(),N)[S+16>>>2>>>0]=m.getUTCMonth(),(y(),N)[S+20>>>2>>>0]=m.getUTCFullYear()-1900,(y(),N)[S+24>>>2>>>0]=m.getUTCDay(),m=(m.getTime()-Date.UTC(m.getUTCFullYear(),0,1,0,0,0,0))/864e5|0,(y(),N)[S+28>>>2>>>0]=m}var Co=m=>m%4==0&&(m%100!=0||m%400==0),Io=[0,31,60,91,121,152,182,213,244,274,305,335],mr=[0,31,59,90,120,151,181,212,243,273,304,334];function w(m,S){m=-9007199254740992>m||9007199254740992<m?NaN:Number(m),S>>>=0,m=new Date(1e3*m),(y(),N)[S>>>2>>>0]=m.getSeconds(),(y(),N)[S+4>>>2>>>0]=m.getMinutes(),(y(),N)[S+8>>>2>>>0]=m.getHours(),(y(),N)[S+12>>>2>>>0]=m.getDate(),(y(),N)[S+16>>>2>>>0]=m.getMonth(),(y(),N)[S+20>>>2>>>0]=m.getFullYear()-1900,(y(),N)[S+24>>>2>>>0]=m.getDay();var P=(Co(m.getFullYear())?Io:mr)[m.getMonth()]+m.getDate()-1|0;(y(),N)[S+28>>>2>>>0]=P,(y(),N)[S+36>>>2>>>0]=-60*m.getTimezoneOffset(),P=new Date(m.getFullYear(),6,1).getTimezoneOffset();var I=new Date(m.getFullYear(),0,1).getTimezoneOffset();m=0|(P!=I&&m.getTimezoneOffset()==Math.min(I,P)),(y(),N)[S+32>>>2>>>0]=m}function F(m){m>>>=0;var S=new Date((y(),N)[m+20>>>2>>>0]+1900,(y(),N)[m+16>>>2>>>0],(y(),N)[m+12>>>2>>>0],(y(),N)[m+8>>>2>>>0],(y(),N)[m+4>>>2>>>0],(y(),N)[m>>>2>>>0],0),P=(y(),N)[m+32>>>2>>>0],I=S.getTimezoneOffset(),O=new Date(S.getFullYear(),6,1).getTimezoneOffset(),q=new Date(S.getFullYear(),0,1).getTimezoneOffset(),ft=Math.min(q,O);return 0>P?(y(),N)[m+32>>>2>>>0]=+(O!=q&&ft==I):0<P!=(ft==I)&&(O=Math.max(q,O),S.setTime(S.getTime()+6e4*((0<P?ft:O)-I))),(y(),N)[m+24>>>2>>>0]=S.getDay(),P=(Co(S.getFullYear())?Io:mr)[S.getMonth()]+S.getDate()-1|0,(y(),N)[m+28>>>2>>>0]=P,(y(),N)[m>>>2>>>0]=S.getSeconds(),(y(),N)[m+4>>>2>>>0]=S.getMinutes(),(y(),N)[m+8>>>2>>>0]=S.getHours(),(y(),N)[m+12>>>2>>>0]=S.getDate(),(y(),N)[m+16>>>2>>>0]=S.getMonth(),(y(),N)[m+20>>>2>>>0]=S.getYear(),m=S.getTime(),BigInt(isNaN(m)?-1:m/1e3)}function Z(m,S,P,I,O,q,ft){return s?dt(16,1,m,S,P,I,O,q,ft):-52}function H(m,S,P,I,O,q){if(s)return dt(17,1,m,S,P,I,O,q)}var X={},vt=()=>performance.timeOrigin+performance.now();function Tt(m,S){if(s)return dt(18,1,m,S);if(X[m]&&(clearTimeout(X[m].id),delete X[m]),!S)return 0;var P=setTimeout(()=>{delete X[m],Xi(()=>pf(m,performance.timeOrigin+performance.now()))},S);return X[m]={id:P,oc:S},0}var ht=(m,S,P)=>{var I=(y(),U);if(S>>>=0,0<P){var O=S;P=S+P-1;for(var q=0;q<m.length;++q){var ft=m.codePointAt(q);if(127>=ft){if(S>=P)break;I[S++>>>0]=ft}else if(2047>=ft){if(S+1>=P)break;I[S++>>>0]=192|ft>>6,I[S++>>>0]=128|63&ft}else if(65535>=ft){if(S+2>=P)break;I[S++>>>0]=224|ft>>12,I[S++>>>0]=128|ft>>6&63,I[S++>>>0]=128|63&ft}else{if(S+3>=P)break;I[S++>>>0]=240|ft>>18,I[S++>>>0]=128|ft>>12&63,I[S++>>>0]=128|ft>>6&63,I[S++>>>0]=128|63&ft,q++}}I[S>>>0]=0,m=S-O}else m=0;return m};function bt(m,S,P,I){m>>>=0,S>>>=0,P>>>=0,I>>>=0;var O=new Date().getFullYear(),q=new Date(O,0,1).getTimezoneOffset();O=new Date(O,6,1).getTimezoneOffset();var ft=Math.max(q,O);(y(),$)[m>>>2>>>0]=60*ft,(y(),N)[S>>>2>>>0]=+(q!=O),m=(S=Ft=>{var Qt=Math.abs(Ft);return`UTC${0<=Ft?"-":"+"}${String(Math.floor(Qt/60)).padStart(2,"0")}${String(Qt%60).padStart(2,"0")}`})(q),S=S(O),O<q?(ht(m,P,17),ht(S,I,17)):(ht(m,I,17),ht(S,P,17))}var Lt=()=>Date.now(),Wt=1;function ie(m,S,P){if(P>>>=0,!(0<=m&&3>=m))return 28;if(m===0)m=Date.now();else{if(!Wt)return 52;m=performance.timeOrigin+performance.now()}return m=Math.round(1e6*m),(y(),Y)[P>>>3>>>0]=BigInt(m),0}var Rt=[];function se(m,S,P){m>>>=0,S>>>=0,P>>>=0,Rt.length=0;for(var I;I=(y(),U)[S++>>>0];){var O=I!=105;P+=(O&=I!=112)&&P%8?4:0,Rt.push(I==112?(y(),$)[P>>>2>>>0]:I==106?(y(),Y)[P>>>3>>>0]:I==105?(y(),N)[P>>>2>>>0]:(y(),G)[P>>>3>>>0]),P+=O?8:4}return Sf[m](...Rt)}var Pe=()=>{};function xe(m,S){return A(ut(m>>>0,S>>>0))}var _e=()=>{throw Gt+=1,"unwind"};function We(){return 4294901760}var Pt=()=>navigator.hardwareConcurrency,Ie={},ce=m=>{for(var S=0,P=0;P<m.length;++P){var I=m.charCodeAt(P);127>=I?S++:2047>=I?S+=2:55296<=I&&57343>=I?(S+=4,++P):S+=3}return S},Cn=m=>{var S;return(S=/\bwasm-function\[\d+\]:(0x[0-9a-f]+)/.exec(m))?+S[1]:(S=/:(\d+):\d+(?:\)|$)/.exec(m))?2147483648|+S[1]:0},Ge=m=>{for(var S of m)(m=Cn(S))&&(Ie[m]=S)};function ws(){var m=Error().stack.toString().split(`
`);return m[0]=="Error"&&m.shift(),Ge(m),Ie.Xb=Cn(m[3]),Ie.bc=m,Ie.Xb}function xn(m){if(!(m=Ie[m>>>0]))return 0;var S;if(S=/^\s+at .*\.wasm\.(.*) \(.*\)$/.exec(m))m=S[1];else if(S=/^\s+at (.*) \(.*\)$/.exec(m))m=S[1];else{if(!(S=/^(.+?)@/.exec(m)))return 0;m=S[1]}cf(xn.Yb??0),S=ce(m)+1;var P=hf(S);return P&&ht(m,P,S),xn.Yb=P,xn.Yb}function oi(m){m>>>=0;var S=(y(),U).length;if(m<=S||4294901760<m)return!1;for(var P=1;4>=P;P*=2){var I=S*(1+.2/P);I=Math.min(I,m+100663296);t:{I=(Math.min(4294901760,65536*Math.ceil(Math.max(m,I)/65536))-Ue.buffer.byteLength+65535)/65536|0;try{Ue.grow(I),K();var O=1;break t}catch{}O=void 0}if(O)return!0}return!1}function he(m,S,P){if(m>>>=0,S>>>=0,Ie.Xb==m)var I=Ie.bc;else(I=Error().stack.toString().split(`
`))[0]=="Error"&&I.shift(),Ge(I);for(var O=3;I[O]&&Cn(I[O])!=m;)++O;for(m=0;m<P&&I[m+O];++m)(y(),N)[S+4*m>>>2>>>0]=Cn(I[m+O]);return m}var Oe,rn={},Me=()=>{if(!Oe){var m,S={USER:"web_user",LOGNAME:"web_user",PATH:"/",PWD:"/",HOME:"/home/web_user",LANG:(globalThis.navigator?.language??"C").replace("-","_")+".UTF-8",_:"./this.program"};for(m in rn)rn[m]===void 0?delete S[m]:S[m]=rn[m];var P=[];for(m in S)P.push(`${m}=${S[m]}`);Oe=P}return Oe};function Be(m,S){if(s)return dt(19,1,m,S);m>>>=0,S>>>=0;var P,I=0,O=0;for(P of Me()){var q=S+I;(y(),$)[m+O>>>2>>>0]=q,I+=ht(P,q,1/0)+1,O+=4}return 0}function In(m,S){if(s)return dt(20,1,m,S);m>>>=0,S>>>=0;var P=Me();for(var I of((y(),$)[m>>>2>>>0]=P.length,m=0,P))m+=ce(I)+1;return(y(),$)[S>>>2>>>0]=m,0}function gr(m){return s?dt(21,1,m):52}function rf(m,S,P,I,O){return s?dt(22,1,m,S,P,I,O):52}function of(m,S,P,I){return s?dt(23,1,m,S,P,I):52}function af(m,S,P,I){return s?dt(24,1,m,S,P,I):70}var pg=[null,[],[]];function lf(m,S,P,I){if(s)return dt(25,1,m,S,P,I);S>>>=0,P>>>=0,I>>>=0;for(var O=0,q=0;q<P;q++){var ft=(y(),$)[S>>>2>>>0],Ft=(y(),$)[S+4>>>2>>>0];S+=8;for(var Qt=0;Qt<Ft;Qt++){var oe=m,Ze=(y(),U)[ft+Qt>>>0],Fn=pg[oe];Ze===0||Ze===10?((oe===1?b:A)(ct(Fn)),Fn.length=0):Fn.push(Ze)}O+=Ft}return(y(),$)[I>>>2>>>0]=O,0}function mg(m){return m>>>0}s||(function(){for(var m=t.numThreads-1;m--;)sn();Mt.push(async()=>{var S=(async function(){if(!s)return Promise.all(Se.map(nn))})();Ct++,await S,--Ct==0&&gt&&(S=gt,gt=null,S())})})(),s||(Ue=new WebAssembly.Memory({initial:256,maximum:65536,shared:!0}),K()),t.wasmBinary&&(h=t.wasmBinary),t.stackSave=()=>Zt(),t.stackRestore=m=>Yt(m),t.stackAlloc=m=>Ec(m),t.setValue=function(m,S,P="i8"){switch(P.endsWith("*")&&(P="*"),P){case"i1":case"i8":(y(),B)[m>>>0]=S;break;case"i16":(y(),z)[m>>>1>>>0]=S;break;case"i32":(y(),N)[m>>>2>>>0]=S;break;case"i64":(y(),Y)[m>>>3>>>0]=BigInt(S);break;case"float":(y(),D)[m>>>2>>>0]=S;break;case"double":(y(),G)[m>>>3>>>0]=S;break;case"*":(y(),$)[m>>>2>>>0]=S;break;default:st(`invalid type for setValue: ${P}`)}},t.getValue=function(m,S="i8"){switch(S.endsWith("*")&&(S="*"),S){case"i1":case"i8":return(y(),B)[m>>>0];case"i16":return(y(),z)[m>>>1>>>0];case"i32":return(y(),N)[m>>>2>>>0];case"i64":return(y(),Y)[m>>>3>>>0];case"float":return(y(),D)[m>>>2>>>0];case"double":return(y(),G)[m>>>3>>>0];case"*":return(y(),$)[m>>>2>>>0];default:st(`invalid type for getValue: ${S}`)}},t.UTF8ToString=ut,t.stringToUTF8=ht,t.lengthBytesUTF8=ce;var Po,cf,hf,Mc,uf,ff,df,bc,pf,mf,jt,_r,gf,Yt,Ec,Zt,_f,Ac,xf,yf,vf,Mi,gg=[le,fe,L,Dt,qt,lt,Nt,$t,wt,de,Fe,Nn,dr,ys,Mo,pr,Z,H,Tt,Be,In,gr,rf,of,af,lf],Sf={1042604:(m,S,P,I,O)=>{if(t===void 0||!t.Tb)return 1;if((m=ut(Number(m>>>0))).startsWith("./")&&(m=m.substring(2)),!(m=t.Tb.get(m)))return 2;if(S=Number(S>>>0),P=Number(P>>>0),I=Number(I>>>0),S+P>m.byteLength)return 3;try{let q=m.subarray(S,S+P);switch(O){case 0:(y(),U).set(q,I>>>0);break;case 1:t.ic?t.ic(I,q):t.kc(I,q);break;default:return 4}return 0}catch{return 4}},1043428:()=>typeof wasmOffsetConverter<"u"};function _g(){return typeof wasmOffsetConverter<"u"}function xg(m,S,P,I){var O=Zt();try{return kt(m)(S,P,I)}catch(q){if(Yt(O),q!==q+0)throw q;jt(1,0)}}function yg(m,S,P){var I=Zt();try{return kt(m)(S,P)}catch(O){if(Yt(I),O!==O+0)throw O;jt(1,0)}}function vg(m){var S=Zt();try{kt(m)()}catch(P){if(Yt(S),P!==P+0)throw P;jt(1,0)}}function Sg(m,S){var P=Zt();try{return kt(m)(S)}catch(I){if(Yt(P),I!==I+0)throw I;jt(1,0)}}function wg(m,S,P){var I=Zt();try{kt(m)(S,P)}catch(O){if(Yt(I),O!==O+0)throw O;jt(1,0)}}function Mg(m,S){var P=Zt();try{kt(m)(S)}catch(I){if(Yt(P),I!==I+0)throw I;jt(1,0)}}function bg(m,S,P,I,O,q,ft){var Ft=Zt();try{return kt(m)(S,P,I,O,q,ft)}catch(Qt){if(Yt(Ft),Qt!==Qt+0)throw Qt;jt(1,0)}}function Eg(m,S,P,I,O,q){var ft=Zt();try{kt(m)(S,P,I,O,q)}catch(Ft){if(Yt(ft),Ft!==Ft+0)throw Ft;jt(1,0)}}function Ag(m,S,P,I){var O=Zt();try{kt(m)(S,P,I)}catch(q){if(Yt(O),q!==q+0)throw q;jt(1,0)}}function Tg(m,S,P,I,O){var q=Zt();try{kt(m)(S,P,I,O)}catch(ft){if(Yt(q),ft!==ft+0)throw ft;jt(1,0)}}function Rg(m,S,P,I,O,q,ft){var Ft=Zt();try{kt(m)(S,P,I,O,q,ft)}catch(Qt){if(Yt(Ft),Qt!==Qt+0)throw Qt;jt(1,0)}}function Cg(m,S,P,I,O,q,ft){var Ft=Zt();try{kt(m)(S,P,I,O,q,ft)}catch(Qt){if(Yt(Ft),Qt!==Qt+0)throw Qt;jt(1,0)}}function Ig(m,S,P,I,O,q,ft,Ft){var Qt=Zt();try{kt(m)(S,P,I,O,q,ft,Ft)}catch(oe){if(Yt(Qt),oe!==oe+0)throw oe;jt(1,0)}}function Pg(m,S,P,I,O){var q=Zt();try{return kt(m)(S,P,I,O)}catch(ft){if(Yt(q),ft!==ft+0)throw ft;jt(1,0)}}function Lg(m,S,P){var I=Zt();try{return kt(m)(S,P)}catch(O){if(Yt(I),O!==O+0)throw O;jt(1,0)}}function Dg(m,S,P,I,O,q,ft,Ft){var Qt=Zt();try{kt(m)(S,P,I,O,q,ft,Ft)}catch(oe){if(Yt(Qt),oe!==oe+0)throw oe;jt(1,0)}}function Ug(m,S,P,I,O,q,ft,Ft,Qt,oe,Ze,Fn){var ai=Zt();try{kt(m)(S,P,I,O,q,ft,Ft,Qt,oe,Ze,Fn)}catch(li){if(Yt(ai),li!==li+0)throw li;jt(1,0)}}function Ng(m,S,P){var I=Zt();try{return kt(m)(S,P)}catch(O){if(Yt(I),O!==O+0)throw O;return jt(1,0),0n}}function Fg(m,S,P,I,O,q,ft,Ft,Qt){var oe=Zt();try{kt(m)(S,P,I,O,q,ft,Ft,Qt)}catch(Ze){if(Yt(oe),Ze!==Ze+0)throw Ze;jt(1,0)}}function Og(m){var S=Zt();try{return kt(m)()}catch(P){if(Yt(S),P!==P+0)throw P;jt(1,0)}}function Bg(m,S){var P=Zt();try{return kt(m)(S)}catch(I){if(Yt(P),I!==I+0)throw I;return jt(1,0),0n}}function kg(m,S,P,I){var O=Zt();try{return kt(m)(S,P,I)}catch(q){if(Yt(O),q!==q+0)throw q;jt(1,0)}}function zg(m){var S=Zt();try{return kt(m)()}catch(P){if(Yt(S),P!==P+0)throw P;return jt(1,0),0n}}function Gg(m,S,P,I){var O=Zt();try{return kt(m)(S,P,I)}catch(q){if(Yt(O),q!==q+0)throw q;jt(1,0)}}function Vg(m,S,P,I,O){var q=Zt();try{return kt(m)(S,P,I,O)}catch(ft){if(Yt(q),ft!==ft+0)throw ft;jt(1,0)}}function Hg(m,S,P,I,O,q){var ft=Zt();try{return kt(m)(S,P,I,O,q)}catch(Ft){if(Yt(ft),Ft!==Ft+0)throw Ft;jt(1,0)}}function Wg(m,S,P,I,O,q){var ft=Zt();try{return kt(m)(S,P,I,O,q)}catch(Ft){if(Yt(ft),Ft!==Ft+0)throw Ft;jt(1,0)}}function Xg(m,S,P,I,O,q){var ft=Zt();try{return kt(m)(S,P,I,O,q)}catch(Ft){if(Yt(ft),Ft!==Ft+0)throw Ft;jt(1,0)}}function $g(m,S,P,I,O,q,ft,Ft){var Qt=Zt();try{return kt(m)(S,P,I,O,q,ft,Ft)}catch(oe){if(Yt(Qt),oe!==oe+0)throw oe;jt(1,0)}}function qg(m,S,P,I,O){var q=Zt();try{return kt(m)(S,P,I,O)}catch(ft){if(Yt(q),ft!==ft+0)throw ft;return jt(1,0),0n}}function Yg(m,S,P,I){var O=Zt();try{return kt(m)(S,P,I)}catch(q){if(Yt(O),q!==q+0)throw q;jt(1,0)}}function Zg(m,S,P,I){var O=Zt();try{return kt(m)(S,P,I)}catch(q){if(Yt(O),q!==q+0)throw q;jt(1,0)}}function Jg(m,S,P,I,O,q,ft,Ft,Qt,oe,Ze,Fn){var ai=Zt();try{return kt(m)(S,P,I,O,q,ft,Ft,Qt,oe,Ze,Fn)}catch(li){if(Yt(ai),li!==li+0)throw li;jt(1,0)}}function Kg(m,S,P,I,O,q,ft,Ft,Qt,oe,Ze){var Fn=Zt();try{kt(m)(S,P,I,O,q,ft,Ft,Qt,oe,Ze)}catch(ai){if(Yt(Fn),ai!==ai+0)throw ai;jt(1,0)}}function jg(m,S,P,I,O,q,ft,Ft,Qt,oe,Ze,Fn,ai,li,n0,i0){var s0=Zt();try{kt(m)(S,P,I,O,q,ft,Ft,Qt,oe,Ze,Fn,ai,li,n0,i0)}catch(Tc){if(Yt(s0),Tc!==Tc+0)throw Tc;jt(1,0)}}function Qg(m,S,P){var I=Zt();try{return kt(m)(S,P)}catch(O){if(Yt(I),O!==O+0)throw O;jt(1,0)}}function t0(m,S,P){var I=Zt();try{return kt(m)(S,P)}catch(O){if(Yt(I),O!==O+0)throw O;jt(1,0)}}function e0(m,S,P,I){var O=Zt();try{kt(m)(S,P,I)}catch(q){if(Yt(O),q!==q+0)throw q;jt(1,0)}}function Lo(){if(0<Ct)gt=Lo;else if(s)d?.(t),Q();else{for(var m=Mt;0<m.length;)m.shift()(t);0<Ct?gt=Lo:(t.calledRun=!0,M||(Q(),d?.(t)))}}return s||(Mi=await Bt(),Lo()),t.PTR_SIZE=4,ot?t:new Promise((m,S)=>{d=m,_=S})}var Vm,rm,fM=ue(()=>{"use strict";Vm=sm,rm=globalThis.self?.name?.startsWith("em-pthread"),rm&&sm()}),Mu,Nu,om,An,Hm,ac,am,lm,bu,cm,Eu,Wm,Au,Xm,Gu=ue(()=>{"use strict";zu(),Mu=typeof location>"u"?void 0:location.origin,Nu=qn.url>"file:"&&qn.url<"file;",om=()=>{if(Nu){let i=URL;return new URL(new i("ort.wasm.bundle.min.mjs",qn.url).href,Mu).href}return qn.url},An=om(),Hm=()=>{if(An&&!An.startsWith("blob:"))return An.substring(0,An.lastIndexOf("/")+1)},ac=(i,t)=>{try{let e=t??An;return(e?new URL(i,e):new URL(i)).origin===Mu}catch{return!1}},am=(i,t)=>{let e=t??An;try{return(e?new URL(i,e):new URL(i)).href}catch{return}},lm=(i,t)=>`${t??"./"}${i}`,bu=async i=>{let t=await(await fetch(i,{credentials:"same-origin"})).blob();return URL.createObjectURL(t)},cm=async i=>(await import(i)).default,Eu=(uM(),Du(km)).default,Wm=async()=>{if(!An)throw new Error("Failed to load proxy worker: cannot determine the script source URL.");if(ac(An))return[void 0,Eu()];let i=await bu(An);return[i,Eu(i)]},Au=(fM(),Du(Gm)).default,Xm=async(i,t,e,n)=>{let s=Au&&!(i||t);if(s)if(An)s=ac(An)||n&&!e;else if(n&&!e)s=!0;else throw new Error("cannot determine the script source URL.");if(s)return[void 0,Au];{let r="ort-wasm-simd-threaded.mjs",o=i??am(r,t),a=e&&o&&!ac(o,t),l=a?await bu(o):o??lm(r,t);return[a?l:void 0,await cm(l)]}}}),Tu,lc,xo,Ru,hm,um,fm,Vu,Re,ur=ue(()=>{"use strict";Gu(),lc=!1,xo=!1,Ru=!1,hm=()=>{if(typeof SharedArrayBuffer>"u")return!1;try{return typeof MessageChannel<"u"&&new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}},um=()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,30,1,28,0,65,0,253,15,253,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,253,186,1,26,11]))}catch{return!1}},fm=()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,123,3,2,1,0,10,19,1,17,0,65,1,253,15,65,2,253,15,65,3,253,15,253,147,2,11]))}catch{return!1}},Vu=async i=>{if(lc)return Promise.resolve();if(xo)throw new Error("multiple calls to 'initializeWebAssembly()' detected.");if(Ru)throw new Error("previous call to 'initializeWebAssembly()' failed.");xo=!0;let t=i.initTimeout,e=i.numThreads;if(i.simd!==!1){if(i.simd==="relaxed"){if(!fm())throw new Error("Relaxed WebAssembly SIMD is not supported in the current environment.")}else if(!um())throw new Error("WebAssembly SIMD is not supported in the current environment.")}let n=hm();e>1&&!n&&(typeof self<"u"&&!self.crossOriginIsolated&&console.warn("env.wasm.numThreads is set to "+e+", but this will not work unless you enable crossOriginIsolated mode. See https://web.dev/cross-origin-isolation-guide/ for more info."),console.warn("WebAssembly multi-threading is not supported in the current environment. Falling back to single-threading."),i.numThreads=e=1);let s=i.wasmPaths,r=typeof s=="string"?s:void 0,o=s?.mjs,a=o?.href??o,l=s?.wasm,c=l?.href??l,h=i.wasmBinary,[u,f]=await Xm(a,r,e>1,!!h||!!c),d=!1,_=[];if(t>0&&_.push(new Promise(E=>{setTimeout(()=>{d=!0,E()},t)})),_.push(new Promise((E,g)=>{let p={numThreads:e};if(h)p.wasmBinary=h,p.locateFile=b=>b;else if(c||r)p.locateFile=b=>c??r+b;else if(a&&a.indexOf("blob:")!==0)p.locateFile=b=>new URL(b,a).href;else if(u){let b=Hm();b&&(p.locateFile=A=>b+A)}f(p).then(b=>{xo=!1,lc=!0,Tu=b,E(),u&&URL.revokeObjectURL(u)},b=>{xo=!1,Ru=!0,g(b)})})),await Promise.race(_),d)throw new Error(`WebAssembly backend initializing failed due to timeout: ${t}ms`)},Re=()=>{if(lc&&Tu)return Tu;throw new Error("WebAssembly is not initialized yet.")}}),$n,dc,ye,Hu=ue(()=>{"use strict";ur(),$n=(i,t)=>{let e=Re(),n=e.lengthBytesUTF8(i)+1,s=e._malloc(n);return e.stringToUTF8(i,s,n),t.push(s),s},dc=(i,t,e,n)=>{if(typeof i=="object"&&i!==null){if(e.has(i))throw new Error("Circular reference in options");e.add(i)}Object.entries(i).forEach(([s,r])=>{let o=t?t+s:s;if(typeof r=="object")dc(r,o+".",e,n);else if(typeof r=="string"||typeof r=="number")n(o,r.toString());else if(typeof r=="boolean")n(o,r?"1":"0");else throw new Error(`Can't handle extra config type: ${typeof r}`)})},ye=i=>{let t=Re(),e=t.stackSave();try{let n=t.PTR_SIZE,s=t.stackAlloc(2*n);t._OrtGetLastError(s,s+n);let r=Number(t.getValue(s,n===4?"i32":"i64")),o=t.getValue(s+n,"*"),a=o?t.UTF8ToString(o):"";throw new Error(`${i} ERROR_CODE: ${r}, ERROR_MESSAGE: ${a}`)}finally{t.stackRestore(e)}}}),$m,dM=ue(()=>{"use strict";ur(),Hu(),$m=i=>{let t=Re(),e=0,n=[],s=i||{};try{if(i?.logSeverityLevel===void 0)s.logSeverityLevel=2;else if(typeof i.logSeverityLevel!="number"||!Number.isInteger(i.logSeverityLevel)||i.logSeverityLevel<0||i.logSeverityLevel>4)throw new Error(`log severity level is not valid: ${i.logSeverityLevel}`);if(i?.logVerbosityLevel===void 0)s.logVerbosityLevel=0;else if(typeof i.logVerbosityLevel!="number"||!Number.isInteger(i.logVerbosityLevel))throw new Error(`log verbosity level is not valid: ${i.logVerbosityLevel}`);i?.terminate===void 0&&(s.terminate=!1);let r=0;return i?.tag!==void 0&&(r=$n(i.tag,n)),e=t._OrtCreateRunOptions(s.logSeverityLevel,s.logVerbosityLevel,!!s.terminate,r),e===0&&ye("Can't create run options."),i?.extra!==void 0&&dc(i.extra,"",new WeakSet,(o,a)=>{let l=$n(o,n),c=$n(a,n);t._OrtAddRunConfigEntry(e,l,c)!==0&&ye(`Can't set a run config entry: ${o} - ${a}.`)}),[e,n]}catch(r){throw e!==0&&t._OrtReleaseRunOptions(e),n.forEach(o=>t._free(o)),r}}}),dm,pm,mm,ds,gm,qm,pM=ue(()=>{"use strict";ur(),Hu(),dm=i=>{switch(i){case"disabled":return 0;case"basic":return 1;case"extended":return 2;case"layout":return 3;case"all":return 99;default:throw new Error(`unsupported graph optimization level: ${i}`)}},pm=i=>{switch(i){case"sequential":return 0;case"parallel":return 1;default:throw new Error(`unsupported execution mode: ${i}`)}},mm=i=>{i.extra||(i.extra={}),i.extra.session||(i.extra.session={});let t=i.extra.session;t.use_ort_model_bytes_directly||(t.use_ort_model_bytes_directly="1"),i.executionProviders&&i.executionProviders.some(e=>(typeof e=="string"?e:e.name)==="webgpu")&&(i.enableMemPattern=!1)},ds=(i,t,e,n)=>{let s=$n(t,n),r=$n(e,n);Re()._OrtAddSessionConfigEntry(i,s,r)!==0&&ye(`Can't set a session config entry: ${t} - ${e}.`)},gm=async(i,t,e)=>{let n=t.executionProviders;for(let s of n){let r=typeof s=="string"?s:s.name,o=[];switch(r){case"webnn":if(r="WEBNN",ds(i,"session.disable_quant_qdq","1",e),ds(i,"session.disable_qdq_constant_folding","1",e),typeof s!="string"){let u=s?.deviceType;u&&ds(i,"deviceType",u,e)}break;case"webgpu":if(r="JS",typeof s!="string"){let u=s;if(u?.preferredLayout){if(u.preferredLayout!=="NCHW"&&u.preferredLayout!=="NHWC")throw new Error(`preferredLayout must be either 'NCHW' or 'NHWC': ${u.preferredLayout}`);ds(i,"preferredLayout",u.preferredLayout,e)}}break;case"wasm":case"cpu":continue;default:throw new Error(`not supported execution provider: ${r}`)}let a=$n(r,e),l=o.length,c=0,h=0;if(l>0){c=Re()._malloc(l*Re().PTR_SIZE),e.push(c),h=Re()._malloc(l*Re().PTR_SIZE),e.push(h);for(let u=0;u<l;u++)Re().setValue(c+u*Re().PTR_SIZE,o[u][0],"*"),Re().setValue(h+u*Re().PTR_SIZE,o[u][1],"*")}await Re()._OrtAppendExecutionProvider(i,a,c,h,l)!==0&&ye(`Can't append execution provider: ${r}.`)}},qm=async i=>{let t=Re(),e=0,n=[],s=i||{};mm(s);try{let r=dm(s.graphOptimizationLevel??"all"),o=pm(s.executionMode??"sequential"),a=typeof s.logId=="string"?$n(s.logId,n):0,l=s.logSeverityLevel??2;if(!Number.isInteger(l)||l<0||l>4)throw new Error(`log severity level is not valid: ${l}`);let c=s.logVerbosityLevel??0;if(!Number.isInteger(c)||c<0||c>4)throw new Error(`log verbosity level is not valid: ${c}`);let h=typeof s.optimizedModelFilePath=="string"?$n(s.optimizedModelFilePath,n):0;if(e=t._OrtCreateSessionOptions(r,!!s.enableCpuMemArena,!!s.enableMemPattern,o,!!s.enableProfiling,0,a,l,c,h),e===0&&ye("Can't create session options."),s.executionProviders&&await gm(e,s,n),s.enableGraphCapture!==void 0){if(typeof s.enableGraphCapture!="boolean")throw new Error(`enableGraphCapture must be a boolean value: ${s.enableGraphCapture}`);ds(e,"enableGraphCapture",s.enableGraphCapture.toString(),n)}if(s.freeDimensionOverrides)for(let[u,f]of Object.entries(s.freeDimensionOverrides)){if(typeof u!="string")throw new Error(`free dimension override name must be a string: ${u}`);if(typeof f!="number"||!Number.isInteger(f)||f<0)throw new Error(`free dimension override value must be a non-negative integer: ${f}`);let d=$n(u,n);t._OrtAddFreeDimensionOverride(e,d,f)!==0&&ye(`Can't set a free dimension override: ${u} - ${f}.`)}return s.extra!==void 0&&dc(s.extra,"",new WeakSet,(u,f)=>{ds(e,u,f,n)}),[e,n]}catch(r){throw e!==0&&t._OrtReleaseSessionOptions(e)!==0&&ye("Can't release session options."),n.forEach(o=>t._free(o)),r}}}),rr,uc,or,Ym,Zm,Wu,Xu,Jm,Km=ue(()=>{"use strict";rr=i=>{switch(i){case"int8":return 3;case"uint8":return 2;case"bool":return 9;case"int16":return 5;case"uint16":return 4;case"int32":return 6;case"uint32":return 12;case"float16":return 10;case"float32":return 1;case"float64":return 11;case"string":return 8;case"int64":return 7;case"uint64":return 13;case"int4":return 22;case"uint4":return 21;default:throw new Error(`unsupported data type: ${i}`)}},uc=i=>{switch(i){case 3:return"int8";case 2:return"uint8";case 9:return"bool";case 5:return"int16";case 4:return"uint16";case 6:return"int32";case 12:return"uint32";case 10:return"float16";case 1:return"float32";case 11:return"float64";case 8:return"string";case 7:return"int64";case 13:return"uint64";case 22:return"int4";case 21:return"uint4";default:throw new Error(`unsupported data type: ${i}`)}},or=(i,t)=>{let e=[-1,4,1,1,2,2,4,8,-1,1,2,8,4,8,-1,-1,-1,-1,-1,-1,-1,.5,.5][i],n=typeof t=="number"?t:t.reduce((s,r)=>s*r,1);return e>0?Math.ceil(n*e):void 0},Ym=i=>{switch(i){case"float16":return typeof Float16Array<"u"?Float16Array:Uint16Array;case"float32":return Float32Array;case"uint8":return Uint8Array;case"int8":return Int8Array;case"uint16":return Uint16Array;case"int16":return Int16Array;case"int32":return Int32Array;case"bool":return Uint8Array;case"float64":return Float64Array;case"uint32":return Uint32Array;case"int64":return BigInt64Array;case"uint64":return BigUint64Array;default:throw new Error(`unsupported type: ${i}`)}},Zm=i=>{switch(i){case"verbose":return 0;case"info":return 1;case"warning":return 2;case"error":return 3;case"fatal":return 4;default:throw new Error(`unsupported logging level: ${i}`)}},Wu=i=>i==="float32"||i==="float16"||i==="int32"||i==="int64"||i==="uint32"||i==="uint8"||i==="bool"||i==="uint4"||i==="int4",Xu=i=>i==="float32"||i==="float16"||i==="int32"||i==="int64"||i==="uint32"||i==="uint64"||i==="int8"||i==="uint8"||i==="bool"||i==="uint4"||i==="int4",Jm=i=>{switch(i){case"none":return 0;case"cpu":return 1;case"cpu-pinned":return 2;case"texture":return 3;case"gpu-buffer":return 4;case"ml-tensor":return 5;default:throw new Error(`unsupported data location: ${i}`)}}}),$u,jm=ue(()=>{"use strict";zu(),$u=async i=>{if(typeof i=="string"){let t=await fetch(i);if(!t.ok)throw new Error(`failed to load external data file: ${i}`);let e=t.headers.get("Content-Length"),n=e?parseInt(e,10):0;if(n<1073741824)return new Uint8Array(await t.arrayBuffer());{if(!t.body)throw new Error(`failed to load external data file: ${i}, no response body.`);let s=t.body.getReader(),r;try{r=new ArrayBuffer(n)}catch(a){if(a instanceof RangeError){let l=Math.ceil(n/65536);r=new WebAssembly.Memory({initial:l,maximum:l}).buffer}else throw a}let o=0;for(;;){let{done:a,value:l}=await s.read();if(a)break;let c=l.byteLength;new Uint8Array(r,o,c).set(l),o+=c}return new Uint8Array(r,0,n)}}else return i instanceof Blob?new Uint8Array(await i.arrayBuffer()):i instanceof Uint8Array?i:new Uint8Array(i)}}),_m,qu,Yu,ps,xm,Cu,pc,Zu,Ju,Iu,Ku,ju,Qu,Qm=ue(()=>{"use strict";xs(),dM(),pM(),Km(),ur(),Hu(),jm(),_m=(i,t)=>{Re()._OrtInit(i,t)!==0&&ye("Can't initialize onnxruntime.")},qu=async i=>{_m(i.wasm.numThreads,Zm(i.logLevel))},Yu=async(i,t)=>{Re().asyncInit?.();let e=i.webgpu.adapter;if(t==="webgpu"){if(typeof navigator>"u"||!navigator.gpu)throw new Error("WebGPU is not supported in current environment");if(e){if(typeof e.limits!="object"||typeof e.features!="object"||typeof e.requestDevice!="function")throw new Error("Invalid GPU adapter set in `env.webgpu.adapter`. It must be a GPUAdapter object.")}else{let n=i.webgpu.powerPreference;if(n!==void 0&&n!=="low-power"&&n!=="high-performance")throw new Error(`Invalid powerPreference setting: "${n}"`);let s=i.webgpu.forceFallbackAdapter;if(s!==void 0&&typeof s!="boolean")throw new Error(`Invalid forceFallbackAdapter setting: "${s}"`);if(e=await navigator.gpu.requestAdapter({powerPreference:n,forceFallbackAdapter:s}),!e)throw new Error('Failed to get GPU adapter. You may need to enable flag "--enable-unsafe-webgpu" if you are using Chrome.')}}if(t==="webnn"&&(typeof navigator>"u"||!navigator.ml))throw new Error("WebNN is not supported in current environment")},ps=new Map,xm=i=>{let t=Re(),e=t.stackSave();try{let n=t.PTR_SIZE,s=t.stackAlloc(2*n);t._OrtGetInputOutputCount(i,s,s+n)!==0&&ye("Can't get session input/output count.");let r=n===4?"i32":"i64";return[Number(t.getValue(s,r)),Number(t.getValue(s+n,r))]}finally{t.stackRestore(e)}},Cu=(i,t)=>{let e=Re(),n=e.stackSave(),s=0;try{let r=e.PTR_SIZE,o=e.stackAlloc(2*r);e._OrtGetInputOutputMetadata(i,t,o,o+r)!==0&&ye("Can't get session input/output metadata.");let a=Number(e.getValue(o,"*"));s=Number(e.getValue(o+r,"*"));let l=e.HEAP32[s/4];if(l===0)return[a,0];let c=e.HEAPU32[s/4+1],h=[];for(let u=0;u<c;u++){let f=Number(e.getValue(s+8+u*r,"*"));h.push(f!==0?e.UTF8ToString(f):Number(e.getValue(s+8+(u+c)*r,"*")))}return[a,l,h]}finally{e.stackRestore(n),s!==0&&e._OrtFree(s)}},pc=i=>{let t=Re(),e=t._malloc(i.byteLength);if(e===0)throw new Error(`Can't create a session. failed to allocate a buffer of size ${i.byteLength}.`);return t.HEAPU8.set(i,e),[e,i.byteLength]},Zu=async(i,t)=>{let e,n,s=Re();Array.isArray(i)?[e,n]=i:i.buffer===s.HEAPU8.buffer?[e,n]=[i.byteOffset,i.byteLength]:[e,n]=pc(i);let r=0,o=0,a=0,l=[],c=[],h=[];try{if([o,l]=await qm(t),t?.externalData&&s.mountExternalData){let A=[];for(let M of t.externalData){let R=typeof M=="string"?M:M.path,y=typeof M=="string"?M:M.data;A.push($u(y).then(x=>{s.mountExternalData(R,x)}))}await Promise.all(A)}for(let A of t?.executionProviders??[])if((typeof A=="string"?A:A.name)==="webnn"){if(s.shouldTransferToMLTensor=!1,typeof A!="string"){let M=A,R=M?.context,y=M?.gpuDevice,x=M?.deviceType,T=M?.powerPreference;R?s.currentContext=R:y?s.currentContext=await s.webnnCreateMLContext(y):s.currentContext=await s.webnnCreateMLContext({deviceType:x,powerPreference:T})}else s.currentContext=await s.webnnCreateMLContext();break}r=await s._OrtCreateSession(e,n,o),s.webgpuOnCreateSession?.(r),r===0&&ye("Can't create a session."),s.jsepOnCreateSession?.(),s.currentContext&&(s.webnnRegisterMLContext(r,s.currentContext),s.currentContext=void 0,s.shouldTransferToMLTensor=!0);let[u,f]=xm(r),d=!!t?.enableGraphCapture,_=[],E=[],g=[],p=[],b=[];for(let A=0;A<u;A++){let[M,R,y]=Cu(r,A);M===0&&ye("Can't get an input name."),c.push(M);let x=s.UTF8ToString(M);_.push(x),g.push(R===0?{name:x,isTensor:!1}:{name:x,isTensor:!0,type:uc(R),shape:y})}for(let A=0;A<f;A++){let[M,R,y]=Cu(r,A+u);M===0&&ye("Can't get an output name."),h.push(M);let x=s.UTF8ToString(M);E.push(x),p.push(R===0?{name:x,isTensor:!1}:{name:x,isTensor:!0,type:uc(R),shape:y})}return ps.set(r,[r,c,h,null,d,!1]),[r,_,E,g,p]}catch(u){throw c.forEach(f=>s._OrtFree(f)),h.forEach(f=>s._OrtFree(f)),a!==0&&s._OrtReleaseBinding(a)!==0&&ye("Can't release IO binding."),r!==0&&s._OrtReleaseSession(r)!==0&&ye("Can't release session."),u}finally{s._free(e),o!==0&&s._OrtReleaseSessionOptions(o)!==0&&ye("Can't release session options."),l.forEach(u=>s._free(u)),s.unmountExternalData?.()}},Ju=i=>{let t=Re(),e=ps.get(i);if(!e)throw new Error(`cannot release session. invalid session id: ${i}`);let[n,s,r,o,a]=e;o&&(a&&t._OrtClearBoundOutputs(o.handle)!==0&&ye("Can't clear bound outputs."),t._OrtReleaseBinding(o.handle)!==0&&ye("Can't release IO binding.")),t.jsepOnReleaseSession?.(i),t.webnnOnReleaseSession?.(i),t.webgpuOnReleaseSession?.(i),s.forEach(l=>t._OrtFree(l)),r.forEach(l=>t._OrtFree(l)),t._OrtReleaseSession(n)!==0&&ye("Can't release session."),ps.delete(i)},Iu=async(i,t,e,n,s,r,o=!1)=>{if(!i){t.push(0);return}let a=Re(),l=a.PTR_SIZE,c=i[0],h=i[1],u=i[3],f=u,d,_;if(c==="string"&&(u==="gpu-buffer"||u==="ml-tensor"))throw new Error("String tensor is not supported on GPU.");if(o&&u!=="gpu-buffer")throw new Error(`External buffer must be provided for input/output index ${r} when enableGraphCapture is true.`);if(u==="gpu-buffer"){let p=i[2].gpuBuffer;_=or(rr(c),h);{let b=a.jsepRegisterBuffer;if(!b)throw new Error('Tensor location "gpu-buffer" is not supported without using WebGPU.');d=b(n,r,p,_)}}else if(u==="ml-tensor"){let p=i[2].mlTensor;_=or(rr(c),h);let b=a.webnnRegisterMLTensor;if(!b)throw new Error('Tensor location "ml-tensor" is not supported without using WebNN.');d=b(n,p,rr(c),h)}else{let p=i[2];if(Array.isArray(p)){_=l*p.length,d=a._malloc(_),e.push(d);for(let b=0;b<p.length;b++){if(typeof p[b]!="string")throw new TypeError(`tensor data at index ${b} is not a string`);a.setValue(d+b*l,$n(p[b],e),"*")}}else{let b=a.webnnIsGraphInput,A=a.webnnIsGraphOutput;if(c!=="string"&&b&&A){let M=a.UTF8ToString(s);if(b(n,M)||A(n,M)){let R=rr(c);_=or(R,h),f="ml-tensor";let y=a.webnnCreateTemporaryTensor,x=a.webnnUploadTensor;if(!y||!x)throw new Error('Tensor location "ml-tensor" is not supported without using WebNN.');let T=await y(n,R,h);x(T,new Uint8Array(p.buffer,p.byteOffset,p.byteLength)),d=T}else _=p.byteLength,d=a._malloc(_),e.push(d),a.HEAPU8.set(new Uint8Array(p.buffer,p.byteOffset,_),d)}else _=p.byteLength,d=a._malloc(_),e.push(d),a.HEAPU8.set(new Uint8Array(p.buffer,p.byteOffset,_),d)}}let E=a.stackSave(),g=a.stackAlloc(4*h.length);try{h.forEach((b,A)=>a.setValue(g+A*l,b,l===4?"i32":"i64"));let p=a._OrtCreateTensor(rr(c),d,_,g,h.length,Jm(f));p===0&&ye(`Can't create tensor for input/output. session=${n}, index=${r}.`),t.push(p)}finally{a.stackRestore(E)}},Ku=async(i,t,e,n,s,r)=>{let o=Re(),a=o.PTR_SIZE,l=ps.get(i);if(!l)throw new Error(`cannot run inference. invalid session id: ${i}`);let c=l[0],h=l[1],u=l[2],f=l[3],d=l[4],_=l[5],E=t.length,g=n.length,p=0,b=[],A=[],M=[],R=[],y=[],x=o.stackSave(),T=o.stackAlloc(E*a),B=o.stackAlloc(E*a),U=o.stackAlloc(g*a),z=o.stackAlloc(g*a);try{[p,b]=$m(r),cr("wasm prepareInputOutputTensor");for(let G=0;G<E;G++)await Iu(e[G],A,R,i,h[t[G]],t[G],d);for(let G=0;G<g;G++)await Iu(s[G],M,R,i,u[n[G]],E+n[G],d);hr("wasm prepareInputOutputTensor");for(let G=0;G<E;G++)o.setValue(T+G*a,A[G],"*"),o.setValue(B+G*a,h[t[G]],"*");for(let G=0;G<g;G++)o.setValue(U+G*a,M[G],"*"),o.setValue(z+G*a,u[n[G]],"*");o.jsepOnRunStart?.(c),o.webnnOnRunStart?.(c);let N;N=await o._OrtRun(c,B,T,E,z,g,U,p),N!==0&&ye("failed to call OrtRun().");let $=[],D=[];cr("wasm ProcessOutputTensor");for(let G=0;G<g;G++){let Y=Number(o.getValue(U+G*a,"*"));if(Y===M[G]||y.includes(M[G])){$.push(s[G]),Y!==M[G]&&o._OrtReleaseTensor(Y)!==0&&ye("Can't release tensor.");continue}let J=o.stackSave(),ot=o.stackAlloc(4*a),K=!1,Q,st=0;try{o._OrtGetTensorData(Y,ot,ot+a,ot+2*a,ot+3*a)!==0&&ye(`Can't access output tensor data on index ${G}.`);let At=a===4?"i32":"i64",Bt=Number(o.getValue(ot,At));st=o.getValue(ot+a,"*");let tt=o.getValue(ot+a*2,"*"),St=Number(o.getValue(ot+a*3,At)),Mt=[];for(let It=0;It<St;It++)Mt.push(Number(o.getValue(tt+It*a,At)));o._OrtFree(tt)!==0&&ye("Can't free memory for tensor dims.");let Ct=Mt.reduce((It,Gt)=>It*Gt,1);Q=uc(Bt);let gt=f?.outputPreferredLocations[n[G]];if(Q==="string"){if(gt==="gpu-buffer"||gt==="ml-tensor")throw new Error("String tensor is not supported on GPU.");let It=[];for(let Gt=0;Gt<Ct;Gt++){let dt=o.getValue(st+Gt*a,"*"),le=o.getValue(st+(Gt+1)*a,"*"),fe=Gt===Ct-1?void 0:le-dt;It.push(o.UTF8ToString(dt,fe))}$.push([Q,Mt,It,"cpu"])}else if(gt==="gpu-buffer"&&Ct>0){let It=o.jsepGetBuffer;if(!It)throw new Error('preferredLocation "gpu-buffer" is not supported without using WebGPU.');let Gt=It(st),dt=or(Bt,Ct);if(dt===void 0||!Wu(Q))throw new Error(`Unsupported data type: ${Q}`);K=!0,$.push([Q,Mt,{gpuBuffer:Gt,download:o.jsepCreateDownloader(Gt,dt,Q),dispose:()=>{o._OrtReleaseTensor(Y)!==0&&ye("Can't release tensor.")}},"gpu-buffer"])}else if(gt==="ml-tensor"&&Ct>0){let It=o.webnnEnsureTensor,Gt=o.webnnIsGraphInputOutputTypeSupported;if(!It||!Gt)throw new Error('preferredLocation "ml-tensor" is not supported without using WebNN.');if(or(Bt,Ct)===void 0||!Xu(Q))throw new Error(`Unsupported data type: ${Q}`);if(!Gt(i,Q,!1))throw new Error(`preferredLocation "ml-tensor" for ${Q} output is not supported by current WebNN Context.`);let dt=await It(i,st,Bt,Mt,!1);K=!0,$.push([Q,Mt,{mlTensor:dt,download:o.webnnCreateMLTensorDownloader(st,Q),dispose:()=>{o.webnnReleaseTensorId(st),o._OrtReleaseTensor(Y)}},"ml-tensor"])}else if(gt==="ml-tensor-cpu-output"&&Ct>0){let It=o.webnnCreateMLTensorDownloader(st,Q)(),Gt=$.length;K=!0,D.push((async()=>{let dt=[Gt,await It];return o.webnnReleaseTensorId(st),o._OrtReleaseTensor(Y),dt})()),$.push([Q,Mt,[],"cpu"])}else{let It=Ym(Q),Gt=new It(Ct);new Uint8Array(Gt.buffer,Gt.byteOffset,Gt.byteLength).set(o.HEAPU8.subarray(st,st+Gt.byteLength)),$.push([Q,Mt,Gt,"cpu"])}}finally{o.stackRestore(J),Q==="string"&&st&&o._free(st),K||o._OrtReleaseTensor(Y)}}f&&!d&&(o._OrtClearBoundOutputs(f.handle)!==0&&ye("Can't clear bound outputs."),ps.set(i,[c,h,u,f,d,!1]));for(let[G,Y]of await Promise.all(D))$[G][2]=Y;return hr("wasm ProcessOutputTensor"),$}finally{o.webnnOnRunEnd?.(c),o.stackRestore(x),A.forEach(N=>o._OrtReleaseTensor(N)),M.forEach(N=>o._OrtReleaseTensor(N)),R.forEach(N=>o._free(N)),p!==0&&o._OrtReleaseRunOptions(p),b.forEach(N=>o._free(N))}},ju=i=>{let t=Re(),e=ps.get(i);if(!e)throw new Error("invalid session id");let n=e[0],s=t._OrtEndProfiling(n);s===0&&ye("Can't get an profile file name."),t._OrtFree(s)},Qu=i=>{let t=[];for(let e of i){let n=e[2];!Array.isArray(n)&&"buffer"in n&&t.push(n.buffer)}return t}}),Wi,Un,sr,yo,vo,cc,Pu,hc,ms,gs,ym,tg,eg,ng,ig,sg,rg,og,ag=ue(()=>{"use strict";xs(),Qm(),ur(),Gu(),Wi=()=>!!ve.wasm.proxy&&typeof document<"u",sr=!1,yo=!1,vo=!1,hc=new Map,ms=(i,t)=>{let e=hc.get(i);e?e.push(t):hc.set(i,[t])},gs=()=>{if(sr||!yo||vo||!Un)throw new Error("worker not ready")},ym=i=>{switch(i.data.type){case"init-wasm":sr=!1,i.data.err?(vo=!0,Pu[1](i.data.err)):(yo=!0,Pu[0]()),cc&&(URL.revokeObjectURL(cc),cc=void 0);break;case"init-ep":case"copy-from":case"create":case"release":case"run":case"end-profiling":{let t=hc.get(i.data.type);i.data.err?t.shift()[1](i.data.err):t.shift()[0](i.data.out);break}default:}},tg=async()=>{if(!yo){if(sr)throw new Error("multiple calls to 'initWasm()' detected.");if(vo)throw new Error("previous call to 'initWasm()' failed.");if(sr=!0,Wi())return new Promise((i,t)=>{Un?.terminate(),Wm().then(([e,n])=>{try{Un=n,Un.onerror=r=>t(r),Un.onmessage=ym,Pu=[i,t];let s={type:"init-wasm",in:ve};!s.in.wasm.wasmPaths&&(e||Nu)&&(s.in.wasm.wasmPaths={wasm:new URL("ort-wasm-simd-threaded.wasm",qn.url).href}),Un.postMessage(s),cc=e}catch(s){t(s)}},t)});try{await Vu(ve.wasm),await qu(ve),yo=!0}catch(i){throw vo=!0,i}finally{sr=!1}}},eg=async i=>{if(Wi())return gs(),new Promise((t,e)=>{ms("init-ep",[t,e]);let n={type:"init-ep",in:{epName:i,env:ve}};Un.postMessage(n)});await Yu(ve,i)},ng=async i=>Wi()?(gs(),new Promise((t,e)=>{ms("copy-from",[t,e]);let n={type:"copy-from",in:{buffer:i}};Un.postMessage(n,[i.buffer])})):pc(i),ig=async(i,t)=>{if(Wi()){if(t?.preferredOutputLocation)throw new Error('session option "preferredOutputLocation" is not supported for proxy.');return gs(),new Promise((e,n)=>{ms("create",[e,n]);let s={type:"create",in:{model:i,options:{...t}}},r=[];i instanceof Uint8Array&&r.push(i.buffer),Un.postMessage(s,r)})}else return Zu(i,t)},sg=async i=>{if(Wi())return gs(),new Promise((t,e)=>{ms("release",[t,e]);let n={type:"release",in:i};Un.postMessage(n)});Ju(i)},rg=async(i,t,e,n,s,r)=>{if(Wi()){if(e.some(o=>o[3]!=="cpu"))throw new Error("input tensor on GPU is not supported for proxy.");if(s.some(o=>o))throw new Error("pre-allocated output tensor is not supported for proxy.");return gs(),new Promise((o,a)=>{ms("run",[o,a]);let l=e,c={type:"run",in:{sessionId:i,inputIndices:t,inputs:l,outputIndices:n,options:r}};Un.postMessage(c,Qu(l))})}else return Ku(i,t,e,n,s,r)},og=async i=>{if(Wi())return gs(),new Promise((t,e)=>{ms("end-profiling",[t,e]);let n={type:"end-profiling",in:i};Un.postMessage(n)});ju(i)}}),Lu,vm,lg,mM=ue(()=>{"use strict";xs(),ag(),Km(),zu(),jm(),Lu=(i,t)=>{switch(i.location){case"cpu":return[i.type,i.dims,i.data,"cpu"];case"gpu-buffer":return[i.type,i.dims,{gpuBuffer:i.gpuBuffer},"gpu-buffer"];case"ml-tensor":return[i.type,i.dims,{mlTensor:i.mlTensor},"ml-tensor"];default:throw new Error(`invalid data location: ${i.location} for ${t()}`)}},vm=i=>{switch(i[3]){case"cpu":return new Rn(i[0],i[2],i[1]);case"gpu-buffer":{let t=i[0];if(!Wu(t))throw new Error(`not supported data type: ${t} for deserializing GPU tensor`);let{gpuBuffer:e,download:n,dispose:s}=i[2];return Rn.fromGpuBuffer(e,{dataType:t,dims:i[1],download:n,dispose:s})}case"ml-tensor":{let t=i[0];if(!Xu(t))throw new Error(`not supported data type: ${t} for deserializing MLTensor tensor`);let{mlTensor:e,download:n,dispose:s}=i[2];return Rn.fromMLTensor(e,{dataType:t,dims:i[1],download:n,dispose:s})}default:throw new Error(`invalid data location: ${i[3]}`)}},lg=class{async fetchModelAndCopyToWasmMemory(i){return ng(await $u(i))}async loadModel(i,t){ar();let e;typeof i=="string"?e=await this.fetchModelAndCopyToWasmMemory(i):e=i,[this.sessionId,this.inputNames,this.outputNames,this.inputMetadata,this.outputMetadata]=await ig(e,t),lr()}async dispose(){return sg(this.sessionId)}async run(i,t,e){ar();let n=[],s=[];Object.entries(i).forEach(u=>{let f=u[0],d=u[1],_=this.inputNames.indexOf(f);if(_===-1)throw new Error(`invalid input '${f}'`);n.push(d),s.push(_)});let r=[],o=[];Object.entries(t).forEach(u=>{let f=u[0],d=u[1],_=this.outputNames.indexOf(f);if(_===-1)throw new Error(`invalid output '${f}'`);r.push(d),o.push(_)});let a=n.map((u,f)=>Lu(u,()=>`input "${this.inputNames[s[f]]}"`)),l=r.map((u,f)=>u?Lu(u,()=>`output "${this.outputNames[o[f]]}"`):null),c=await rg(this.sessionId,s,a,o,l,e),h={};for(let u=0;u<c.length;u++)h[this.outputNames[o[u]]]=r[u]??vm(c[u]);return lr(),h}startProfiling(){}endProfiling(){og(this.sessionId)}}}),cg={};mc(cg,{OnnxruntimeWebAssemblyBackend:()=>Ou,initializeFlags:()=>Fu,wasmBackend:()=>hg});var Fu,Ou,hg,gM=ue(()=>{"use strict";xs(),ag(),mM(),Fu=()=>{(typeof ve.wasm.initTimeout!="number"||ve.wasm.initTimeout<0)&&(ve.wasm.initTimeout=0);let i=ve.wasm.simd;if(typeof i!="boolean"&&i!==void 0&&i!=="fixed"&&i!=="relaxed"&&(console.warn(`Property "env.wasm.simd" is set to unknown value "${i}". Reset it to \`false\` and ignore SIMD feature checking.`),ve.wasm.simd=!1),typeof ve.wasm.proxy!="boolean"&&(ve.wasm.proxy=!1),typeof ve.wasm.trace!="boolean"&&(ve.wasm.trace=!1),typeof ve.wasm.numThreads!="number"||!Number.isInteger(ve.wasm.numThreads)||ve.wasm.numThreads<=0)if(typeof self<"u"&&!self.crossOriginIsolated)ve.wasm.numThreads=1;else{let t=typeof navigator>"u"?Zw("node:os").cpus().length:navigator.hardwareConcurrency;ve.wasm.numThreads=Math.min(4,Math.ceil((t||1)/2))}},Ou=class{async init(i){Fu(),await tg(),await eg(i)}async createInferenceSessionHandler(i,t){let e=new lg;return await e.loadModel(i,t),e}},hg=new Ou});xs();xs();xs();var _M="1.30.0";{let i=(gM(),Du(cg)).wasmBackend;fc("cpu",i,10),fc("wasm",i,10)}Object.defineProperty(ve.versions,"web",{value:_M,enumerable:!0});var yM="ort-wasm-simd-threaded.wasm",tf=6,ug=!1;function vM(i){if(ug)return;ug=!0;let t=typeof self<"u"&&self.crossOriginIsolated===!0;ve.wasm.numThreads=t?Math.max(1,i):1,ve.wasm.wasmPaths={wasm:new URL(yM,self.location.href).href},ve.logLevel="error"}function fr(){try{return typeof WebAssembly=="object"&&WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,123,3,2,1,0,10,10,1,8,0,65,0,253,15,253,98,11]))}catch{return!1}}function SM(i,t,e=new Uint8ClampedArray(t*t*4)){for(let n=0,s=0;n<t*t;n++,s+=3)e[4*n]=Math.floor(Math.min(1,Math.max(0,i[s]))*255+.5),e[4*n+1]=Math.floor(Math.min(1,Math.max(0,i[s+1]))*255+.5),e[4*n+2]=Math.floor(Math.min(1,Math.max(0,i[s+2]))*255+.5),e[4*n+3]=255;return e}var _c=class i{constructor(t,e){this.session=t,this.size=e,this.weights=new Rn("float32",new Float32Array(ee),[ee]),this.pose=new Rn("float32",new Float32Array(tf),[tf]),this.rgba=new Uint8ClampedArray(e*e*4)}static async create(t,{threads:e=1,optimization:n="basic"}={}){vM(e);let s=performance.now(),r=await gc.create(t,{executionProviders:["wasm"],graphOptimizationLevel:n}),o=performance.now(),a=r.inputNames.join(",");if(a!=="weights,pose"||r.outputNames[0]!=="frame")throw await r.release(),new Error(`not a photocall frame graph (inputs ${a}, outputs ${r.outputNames.join(",")})`);let l=new i(r,0);return await l.run(new Float32Array(ee),new Float32Array(tf)),l.timings={sessionMs:o-s,firstRunMs:performance.now()-o},l}async run(t,e){this.weights.data.set(t),this.pose.data.set(e);let s=(await this.session.run({weights:this.weights,pose:this.pose})).frame,r=s.dims[0];return r!==this.size&&(this.size=r,this.rgba=new Uint8ClampedArray(r*r*4)),SM(s.data,r,this.rgba),s.dispose?.(),this.rgba}async release(){await this.session.release()}};var fg=[31,139],wM=i=>i.length>2&&i[0]===fg[0]&&i[1]===fg[1];async function ef(i,t=64*1024*1024){if(!wM(i))return i;let e=new Blob([i]).stream().pipeThrough(new DecompressionStream("gzip")).getReader(),n=[],s=0;for(;;){let{done:a,value:l}=await e.read();if(a)break;if(s+=l.length,s>t)throw await e.cancel(),new Error(`inflates past ${t} bytes`);n.push(l)}let r=new Uint8Array(s),o=0;for(let a of n)r.set(a,o),o+=a.length;return r}var xc=Object.freeze({cx:.5,eyeY:.42,eyeX:.12,mouthY:.66,mouthW:.085,chinY:.8,browY:.35,faceW:.34});function MM(i,t){let e=new Uint8Array(t*t);for(let d=0;d<t*t;d++){let _=i[4*d],E=i[4*d+1],g=i[4*d+2],p=.299*_+.587*E+.114*g,b=128-.168736*_-.331264*E+.5*g,A=128+.5*_-.418688*E-.081312*g;e[d]=p>60&&b>77&&b<120&&A>140&&A<173?1:0}let n=new Int32Array(t*t).fill(-1),s=null;for(let d=0;d<t*t;d++){if(!e[d]||n[d]>=0)continue;let _=[d];n[d]=d;let E=[];for(;_.length;){let g=_.pop(),p=g%t,b=g/t|0;E.push(g);for(let A of[p>0?g-1:-1,p<t-1?g+1:-1,b>0?g-t:-1,b<t-1?g+t:-1])A>=0&&e[A]&&n[A]<0&&(n[A]=d,_.push(A))}(!s||E.length>s.length)&&(s=E)}if(!s||s.length<.02*t*t||s.length>.5*t*t)return{...xc,found:!1};let r=s.map(d=>d/t|0),o=Math.min(...r)/t,a=(Math.max(...r)+1)/t,l=a-o,c=(o+l/2)*t,h=s.filter(d=>(d/t|0)>=c).map(d=>d%t).sort((d,_)=>d-_),u=((h.length?h[h.length>>1]:s[0]%t)+.5)/t,f=.75*l;return f<.1||f>.9?{...xc,found:!1}:{cx:u,faceW:f,found:!0,browY:o+.33*l,eyeY:o+.46*l,eyeX:.2*f,mouthY:o+.73*l,mouthW:.17*f,chinY:a}}var bM=(i,t,e)=>Math.min(e,Math.max(t,i)),nf=(i,t,e)=>{let n=bM((e-i)/(t-i),0,1);return n*n*(3-2*n)};function EM(i,t,e,n){let s=i.faceW/xc.faceW,r=(l,c)=>Math.max(0,1-(l/(c*s))**2)**2,o=e-i.cx,a=1-nf(.5*i.faceW,.8*i.faceW,Math.abs(o));switch(t){case"jawOpen":{let l=nf(i.mouthY-.005,i.mouthY+.01,n)*(1-nf(i.chinY,i.chinY+.12,n));return[0,.05*s*l*a]}case"eyeBlinkLeft":case"eyeBlinkRight":{let l=i.cx+(t.endsWith("Left")?i.eyeX:-i.eyeX),c=r(e-l,.06)*r(n-(i.eyeY-.015*s),.045);return[0,.028*s*c]}case"browInnerUp":return[0,-.025*s*r(Math.abs(o)-.04*s,.07)*r(n-i.browY,.06)];case"browOuterUpLeft":case"browOuterUpRight":case"browDownLeft":case"browDownRight":{let l=t.endsWith("Left")?1:-1,c=i.cx+l*(i.eyeX+(t.includes("Outer")?.03*s:0)),h=r(e-c,.08)*r(n-i.browY,.06);return[0,(t.includes("Down")?.02:-.025)*s*h]}case"mouthSmileLeft":case"mouthSmileRight":{let l=t.endsWith("Left")?1:-1,c=r(Math.hypot(e-(i.cx+l*i.mouthW),n-i.mouthY),.06);return[l*.012*s*c,-.018*s*c]}case"mouthPucker":{let l=r(Math.hypot(o/1.5,n-i.mouthY),.08);return[-.35*o*l,0]}default:return null}}function AM(){let i=Gi(128,64),t=i.getContext("2d"),e=t.createRadialGradient(64,32,4,64,32,62);return e.addColorStop(0,"rgba(40,6,10,1)"),e.addColorStop(.75,"rgba(70,15,20,0.95)"),e.addColorStop(1,"rgba(70,15,20,0)"),t.fillStyle=e,t.beginPath(),t.ellipse(64,32,62,31,0,0,2*Math.PI),t.fill(),t.fillStyle="rgba(240,236,225,0.95)",t.beginPath(),t.ellipse(64,6,40,12,0,0,Math.PI),t.fill(),new Hs(i)}var yc=class{constructor(t,e=!0){this.renderer=new js({canvas:t,antialias:e,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(1),this.scene=new ji,this.scene.background=new Jt(2105384),this.camera=new ns(-.5,.5,.5,-.5,.1,10),this.camera.position.z=2,this.group=new Sn,this.scene.add(this.group),this.mesh=null,this.hasPhoto=!1}async setPhoto(t){let e=await createImageBitmap(new Blob([t])),n=Math.min(e.width,e.height),s=Gi(512,512);s.getContext("2d").drawImage(e,(e.width-n)/2,(e.height-n)/2,n,n,0,0,512,512);let o=Gi(64,64).getContext("2d",{willReadFrequently:!0});o.drawImage(s,0,0,64,64),this.layout=MM(o.getImageData(0,0,64,64).data,64);let a=new Hs(s);a.colorSpace=on,this.mesh&&(this.group.remove(this.mesh),this.group.remove(this.cavity)),this.mesh=this.buildPlane(a),this.cavity=this.buildCavity(),this.group.add(this.mesh,this.cavity),this.hasPhoto=!0}buildPlane(t){let e=new Ui(1,1,96,96),n=e.attributes.position;e.morphAttributes.position=Object.keys(fn).map(r=>{let o=new Float32Array(n.count*3);for(let a=0;a<n.count;a++){let l=n.getX(a)+.5,c=.5-n.getY(a),h=EM(this.layout,r,l,c);h&&(o[3*a]=h[0],o[3*a+1]=-h[1])}return new Je(o,3)}),e.morphTargetsRelative=!0;let s=new hn(e,new Qi({map:t}));return s.morphTargetInfluences=new Array(ee).fill(0),s}buildCavity(){let t=this.layout,e=t.faceW/xc.faceW,n=t.mouthW*1.7,s=new Ui(n,.002,8,2),r=s.attributes.position,o=new Float32Array(r.count*3);for(let l=0;l<r.count;l++)r.getY(l)<0&&(o[3*l+1]=-.05*e);s.morphAttributes.position=[new Je(o,3)],s.morphTargetsRelative=!0,s.translate(t.cx-.5,.5-t.mouthY,.01);let a=new hn(s,new Qi({map:AM(),transparent:!0,depthWrite:!1}));return a.morphTargetInfluences=[0],a}setMotion(t,e){if(this.mesh){for(let n=0;n<ee;n++)this.mesh.morphTargetInfluences[n]=t[n];this.cavity.morphTargetInfluences[0]=t[fn.jawOpen],this.group.rotation.set(e[0]*.5,e[1]*.5,-e[2],"YXZ"),this.group.position.set(e[3]*.3,-e[4]*.3,0)}}render(){this.hasPhoto&&(this.renderer.render(this.scene,this.camera),this.frames=(this.frames??0)+1)}};var vc=class{constructor(t,e=!0){this.canvas=t,this.ctx=t.getContext("2d"),this.antialias=e,this.template=null,this.graph=null,this.frame=null,this.weights=null,this.pose=null,this.busy=!1,this.pending=!1,this.hasPhoto=!1,this.mode=null,this.why="",this.frames=0,this.runMs=[]}async setPhoto(t,e=null,{awaitGraph:n=!1,why:s=""}={}){let r;if(!e&&n){let o=await createImageBitmap(new Blob([t])),a=Math.min(o.width,o.height);return this.ctx.drawImage(o,(o.width-a)/2,(o.height-a)/2,a,a,0,0,this.canvas.width,this.canvas.height),o.close(),this.mode="waiting",this.why="waiting for the render graph",this.hasPhoto=!1,{mode:this.mode,why:this.why}}if(!e)r=s||"the photo came without its render graph";else if(!fr())r="this browser has no WebAssembly SIMD (onnxruntime-web cannot run)";else try{let o=await _c.create(e);return await this.graph?.release(),this.graph=o,this.frame=Gi(o.size,o.size),this.draw(o.rgba),this.mode="graph",this.why="onnxruntime-web (WebAssembly)",this.hasPhoto=!0,{mode:this.mode,why:this.why}}catch(o){r=`onnxruntime-web could not run the graph: ${o.message||o}`}return await this.graph?.release(),this.graph=null,this.template??=new yc(Gi(this.canvas.width,this.canvas.height),this.antialias),await this.template.setPhoto(t),this.mode="template",this.why=r,this.hasPhoto=!0,{mode:this.mode,why:r}}setMotion(t,e){this.weights=t,this.pose=e,this.template?.setMotion(t,e),this.pending=!0}draw(t){let e=this.graph.size;this.frame.getContext("2d").putImageData(new ImageData(t,e,e),0,0),this.ctx.imageSmoothingQuality="high",this.ctx.drawImage(this.frame,0,0,this.canvas.width,this.canvas.height),this.frames++}render(){if(!this.hasPhoto)return;if(this.mode==="template"){this.template.render(),this.ctx.drawImage(this.template.renderer.domElement,0,0,this.canvas.width,this.canvas.height),this.frames++;return}if(this.busy||!this.pending||!this.weights)return;this.busy=!0,this.pending=!1;let t=this.graph,e=performance.now();this.running=t.run(this.weights,this.pose).then(n=>{t===this.graph&&(this.runMs.push(performance.now()-e),this.runMs.length>100&&this.runMs.shift(),this.draw(n))}).catch(n=>{console.warn("render graph:",n)}).finally(()=>{this.busy=!1})}async renderNow(){if(this.mode!=="graph"){this.render();return}await this.running,this.pending=!0,this.render(),await this.running}};var wo=class{constructor(t,e,{software:n=Bl()}={}){this.software=n;let s=!n;this.renderer=new js({canvas:t,antialias:s,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(1),this.renderer.setSize(t.width,t.height,!1),this.scene=new ji,this.scene.background=new Jt(2105384),this.camera=new an(30,t.width/t.height,.01,20),this.scene.add(new Vr(16777215,4210768,1.6));let r=new Wr(16777215,1.8);r.position.set(.6,.8,1.2),this.scene.add(r),this.head=new Nl;let o=new Sn;o.scale.setScalar(.2),o.position.set(0,.02,-.8),o.add(this.head.group),this.scene.add(o),this.photo=e?new vc(e,s):null,this.headFrames=0}setMotion(t,e){this.head.setMotion(t,e),this.photo?.setMotion(t,e)}render(){this.renderer.render(this.scene,this.camera),this.headFrames++,this.renderer.xr.isPresenting||this.photo?.render()}get photoFrames(){return this.photo?.frames??0}};var dg=["opus","motion-v1","photo"],Le=i=>document.getElementById(i),sf=class{constructor(){this.stats=em(),this.stats.joined=!1,this.stats.peer=null,this.stats.links=0,this.stats.send={started:!1,device:"",packetsSent:0,bytesSent:0,motionFramesSent:0,samplesCaptured:0,encodeErrors:0},this.participants=new Map,this.weights=new Float32Array(ee),this.pose=new Float32Array(6),this.logLines=[],this.stats.renderedFrames=0,this.stats.photoFrames=0,this.setupScene(),this.setupVR()}log(t){console.log(`[photocall] ${t}`),this.logLines.push(`${new Date().toISOString().slice(11,19)} ${t}`),this.logLines.length>40&&this.logLines.shift(),Le("log").textContent=this.logLines.join(`
`)}setupScene(){let t=Le("head"),e=Le("photo");if(this.stats.softwareGL=Bl(),typeof Worker<"u"&&"transferControlToOffscreen"in t){this.worker=new Worker("render-worker.js"),this.pendingPhoto=null,this.captures=new Map,this.worker.onmessage=o=>this.onWorker(o.data),this.worker.onerror=o=>this.log(`render worker: ${o.message}`);let[s,r]=[t.transferControlToOffscreen(),e.transferControlToOffscreen()];this.worker.postMessage({type:"init",head:s,photo:r},[s,r]),this.stats.renderer="worker"}else this.stage=new wo(t,e,{software:this.stats.softwareGL}),this.stats.renderer="main thread";let n=()=>{this.frame(),requestAnimationFrame(n)};requestAnimationFrame(n)}onWorker(t){t.type==="stats"?(this.stats.renderedFrames=t.headFrames,this.stats.photoFrames=t.photoFrames):t.type==="photo"?(this.pendingPhoto?.(t),this.pendingPhoto=null):(t.type==="capture"||t.type==="bench")&&(this.captures.get(t.id)?.(t),this.captures.delete(t.id)),t.type==="stats"&&(this.stats.photoMode=t.photoMode,this.stats.graphRunMs=t.graphRunMs)}async benchGraphs({urls:t,frames:e,keep:n=0,repeat:s=1,optimization:r="basic",hold:o=!1}){if(!this.worker)throw new Error("no render worker in this browser");let a=await Promise.all(t.map(async d=>{let _=await fetch(d);if(!_.ok)throw new Error(`${d}: ${_.status}`);return new Uint8Array(await _.arrayBuffer())})),l=performance.now(),c=[];for(let d of a)c.push(await ef(d));let h=c.length?(performance.now()-l)/c.length:0,u=this.captureId=(this.captureId??0)+1,f=await new Promise(d=>{this.captures.set(u,d),this.worker.postMessage({type:"bench",id:u,graphs:c.map(_=>_.buffer),frames:e,keep:n,repeat:s,optimization:r,hold:o},c.map(_=>_.buffer))});if(f.error)throw new Error(f.error);return{...f.result,inflateMs:h}}async capture(){let t=Float32Array.from(this.weights),e=Float32Array.from(this.pose),n=o=>o&&new Promise(a=>{let l=new FileReader;l.onload=()=>a(l.result),l.readAsDataURL(o)});if(!this.worker)return this.stage.setMotion(t,e),this.stage.render(),{jaw:t[17],head:Le("head").toDataURL(),photo:this.stage.photo.hasPhoto?Le("photo").toDataURL():null};let s=this.captureId=(this.captureId??0)+1,r=await new Promise(o=>{this.captures.set(s,o),this.worker.postMessage({type:"capture",id:s,weights:t,pose:e})});return{jaw:t[17],head:await n(r.head),photo:await n(r.photo)}}async setupVR(){let t=Le("vr-button");if(!navigator.xr)return;let e=!1;try{e=await navigator.xr.isSessionSupported("immersive-vr")}catch{e=!1}this.stats.vrSupported=e,e&&(t.hidden=!1,t.onclick=async()=>{if(this.xrStage){await this.xrStage.renderer.xr.getSession()?.end();return}let n;try{n=await navigator.xr.requestSession("immersive-vr",{optionalFeatures:["local-floor"]})}catch(o){this.log(`VR could not start: ${o.message}`);return}let s=document.createElement("canvas");s.width=s.height=512;let r=new wo(s,null,{software:this.stats.softwareGL});this.xrStage=r,r.renderer.xr.enabled=!0,r.renderer.xr.setReferenceSpaceType("local"),await r.renderer.xr.setSession(n),r.renderer.setAnimationLoop(()=>{r.setMotion(this.weights,this.pose),r.render()}),t.textContent="Exit VR",n.addEventListener("end",()=>{t.textContent="Enter VR",r.renderer.setAnimationLoop(null),r.renderer.dispose(),this.xrStage=null})})}async join({room:t,peer:e,token:n=null,name:s="browser",url:r=null}){if(this.mesh)return;this.name=s.slice(0,32),this.ctx=new AudioContext({sampleRate:48e3,latencyHint:"interactive"}),this.ctx.resume().catch(()=>{}),this.output=this.ctx.destination;let o=r||`${location.protocol==="https:"?"wss":"ws"}://${location.host}/`;this.mesh=new zl({url:o,room:t,peer:e,token:n||null},this,a=>this.log(a));try{await this.mesh.start()}catch(a){throw this.mesh=null,this.status(`Could not join: ${a.message}`),a}Object.assign(this.stats,{joined:!0,peer:e,room:t}),this.tickClock=new ic,this.tickTimer=setInterval(()=>this.tick(),10),this.status(`In room "${t}" as ${e}. Waiting for others\u2026`),Le("mic-button").disabled=!1,Le("leave-button").disabled=!1,Le("join-button").disabled=!0}status(t){Le("status").textContent=t}linkOpen(t){this.participants.get(t.remote)?.close();let e=new sc(t.remote,this.ctx,this.output,this.stats,n=>this.showPhoto(n,t,e));e.onGraph=(n,s,r)=>this.showGraph(e,n,s,r),this.participants.set(t.remote,e),this.stats.links=this.mesh.openLinks().length,t.send("control",this.heartbeat()),this.myPhoto&&this.sendPhoto(t),this.status(`Connected with ${[...this.participants.keys()].join(", ")}.`)}linkMessage(t,e,n){this.participants.get(t.remote)?.onMessage(e,n)}linkClosed(t,e){let n=this.participants.get(t.remote);n&&(n.gone=!0),this.mesh&&(this.stats.links=this.mesh.openLinks().length);let s=[...this.participants.values()].filter(r=>!r.gone).map(r=>r.remote);this.status(s.length?`Connected with ${s.join(", ")}.`:`${t.remote} left (${e}). Waiting for others\u2026`)}heartbeat(){let t=this.mic?this.myPhoto?dg:dg.filter(n=>n!=="photo"):["render"],e=fr()?["wants-render-graph"]:[];return Vi(new po(this.name,[...t,...qp,...e]))}async setPhoto(t){this.myPhoto=new Uint8Array(await t.arrayBuffer()),this.myPhotoId=Math.floor(Math.random()*2**32);for(let e of this.mesh?.openLinks()??[])this.sendPhoto(e)}sendPhoto(t){try{for(let e of Kp(this.myPhoto,this.myPhotoId))t.send("control",Vi(e))}catch(e){this.log(`photo not sent: ${e.message}`)}}async startMic(){if(!this.mic){this.mic=new rc(this.ctx,t=>{for(let e of this.mesh.openLinks())e.send("media",t)},this.stats.send);try{await this.mic.start(),Le("mic-button").textContent="Stop my microphone",this.log(`sending microphone "${this.stats.send.device}" (Opus 16 kbit/s in 40 ms packets, energy -> jawOpen motion)`)}catch(t){throw this.mic=null,this.log(`microphone: ${t.message}`),t}}}stopMic(){this.mic?.stop(),this.mic=null,Le("mic-button").textContent="Send my microphone"}leave(){for(let t of this.mesh?.openLinks()??[])t.send("control",Vi(new mo("left")));this.stopMic(),this.mesh?.close(),this.mesh=null,clearInterval(this.tickTimer),this.stats.joined=!1,Le("join-button").disabled=!1,Le("leave-button").disabled=!0,Le("mic-button").disabled=!0,this.status("Not connected.")}async showPhoto(t,e,n){let s=e.remote;n.photo=t;let r=fr()&&n.capabilities.includes("render-graph");r&&this.worker?.postMessage({type:"warm"});try{let o=await this.toRenderer({bytes:t,graph:null,awaitGraph:r,why:this.noGraphReason(n)});Le("photo-note").textContent=`Photo from ${s} (${t.length} bytes).`,this.stats.photoShown=!0,e.send("control",Vi(new ir("photo-accepted","photo ready"))),this.showMode(o,s)}catch(o){Le("photo-note").textContent=`The photo from ${s} could not be shown: ${o.message}`,e.send("control",Vi(new ir("photo-rejected",`the browser could not decode it: ${o.message}`.slice(0,500))))}}noGraphReason(t){return fr()?t.capabilities.includes("render-graph")?"":"its sender sends no render graph (a browser sender cannot prepare its photo: the face landmarker does not run in the page yet)":"this browser has no WebAssembly SIMD, so onnxruntime-web cannot run here"}async showGraph(t,e,n,s){if(!(!t.photo||e!==t.photoId)){this.stats.graphArrivedAt=performance.now();try{let r=n&&await ef(n),o=await this.toRenderer({bytes:t.photo,graph:r,awaitGraph:!1,why:`its sender could not make the render graph: ${s}`});this.stats.graphFirstFrameMs=performance.now()-this.stats.graphArrivedAt,this.showMode(o,t.remote)}catch(r){this.log(`render graph from ${t.remote}: ${r.message}`)}}}async toRenderer({bytes:t,graph:e,awaitGraph:n,why:s}){if(!this.worker)return this.stage.photo.setPhoto(t,e,{awaitGraph:n,why:s});let r=await new Promise(o=>{this.pendingPhoto=o,this.worker.postMessage({type:"photo",bytes:t,graph:e,awaitGraph:n,why:s},e?[e.buffer]:[])});if(!r.ok)throw new Error(r.error);return r}showMode({mode:t,why:e},n){this.stats.photoMode=t;let s={graph:"the real renderer: the photo's frame graph on onnxruntime-web (WebAssembly), as in the Python receiver",waiting:`still photo: waiting for its render graph from ${n}`,template:`FALLBACK template warp (a skin-colour heuristic places the face): ${e}`}[t];Le("photo-mode").textContent=`(${s})`,this.log(`photo of ${n}: ${s}`)}tick(){this.tickClock.tick(performance.now()/1e3);let t=this.tickClock.lead();this.stats.scheduleLeadMs=Math.round(t*1e3);for(let[e,n]of this.participants)n.tick(t),n.gone&&n.drained()&&(n.close(),this.participants.delete(e))}frame(){let t=!1;for(let n of this.participants.values())if(n.face(this.weights,this.pose)){t=!0;break}if(!t&&this.mic&&(this.weights.set(this.mic.lastWeights),this.pose.fill(0)),this.worker)this.worker.postMessage({type:"motion",weights:this.weights,pose:this.pose});else{let n=performance.now();(!this.stage.software||n-(this.lastFrame??0)>=48)&&(this.lastFrame=n,this.stage.setMotion(this.weights,this.pose),this.stage.render(),this.stats.renderedFrames=this.stage.headFrames,this.stats.photoFrames=this.stage.photoFrames)}this.stats.currentWeights=Array.from(this.weights),this.stats.currentPose=Array.from(this.pose);let e=performance.now();(!this.lastStats||e-this.lastStats>250)&&(this.lastStats=e,this.showStats())}showStats(){let t=this.stats,e=t.jitter;Le("stats").textContent=[`links ${t.links}  packets ${t.packetsReceived} (media ${t.mediaPackets}, control ${t.controlPackets}, bad ${t.protocolErrors})`,`motion frames ${t.motionFramesReceived}  audio packets ${t.audioPacketsReceived}  decoded ${t.audioFramesDecoded} (${(t.audioSamplesDecoded/48e3).toFixed(1)} s)`,e?`jitter buffer target ${e.targetMs.toFixed(0)} ms depth ${e.depthMs.toFixed(0)} ms late ${e.late} lost ${e.lost} underruns ${e.underruns}`:"jitter buffer idle",`slots ${t.audioSlotsScheduled} concealed ${t.audioSlotsConcealed} late ${t.audioLate} decode errors ${t.decodeErrors}`,`jawOpen ${this.weights[17].toFixed(2)}  rendered frames ${t.renderedFrames}`,`sent ${t.send.packetsSent} packets, ${t.send.motionFramesSent} motion frames`].join(`
`)}};function TM(){let i=new sf;window.photocall=i,window.photocallStats=i.stats;let t=Le("join"),e=new URLSearchParams(location.search);for(let s of["room","peer","token","name"])e.get(s)&&(t.elements[s].value=e.get(s));t.elements.peer.value||(t.elements.peer.value=`web-${Math.floor(Math.random()*2**32).toString(16).padStart(8,"0")}`);let n=()=>({room:t.elements.room.value.trim(),peer:t.elements.peer.value.trim(),token:t.elements.token.value.trim(),name:t.elements.name.value.trim()||"browser"});t.addEventListener("submit",s=>{s.preventDefault(),i.join(n()).catch(()=>{})}),t.elements.photo.addEventListener("change",()=>{let s=t.elements.photo.files[0];s&&i.setPhoto(s)}),Le("leave-button").onclick=()=>i.leave(),Le("mic-button").onclick=()=>i.mic?i.stopMic():i.startMic().catch(()=>{}),(!window.isSecureContext||typeof AudioDecoder>"u")&&i.log("No WebCodecs here (the page needs https or http://localhost): faces still move, but audio cannot be decoded or sent."),e.get("autojoin")==="1"&&i.join(n()).catch(()=>{})}TM();})();
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
   * ONNX Runtime Web v1.30.0
   * Copyright (c) Microsoft Corporation. All rights reserved.
   * Licensed under the MIT License.
   *)
*/
