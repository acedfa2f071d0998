/**
 * Characters a terminal acts on instead of showing: C0 controls (escape sequences start with ESC,
 * and BEL, BS, CR can overwrite what was printed), DEL, C1 controls (U+009B is a one-character
 * CSI in many terminals), line and paragraph separators, and the bidirectional overrides and
 * isolates that reorder what is shown ("Trojan source"). One class, so the scan is linear.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text from input made safe to print on a terminal or in a plain-text report: every control
 * character is written as a visible escape (`\x1b`, `\x07`, `\u202e`), so
 * `"\x1b]0;title\x07"` prints as those nine characters instead of retitling the window.
 *
 * @example
 * visible('a\u001b[2Jb'); //=> 'a\\x1b[2Jb'
 */
export function visible(text: string): string {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text) ? text.replace(INVISIBLE, escaped) : text;
}

/** The same characters above ASCII: JSON.stringify leaves them raw (it escapes only C0 controls, and only inside strings). */
const INVISIBLE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with the characters `visible` escapes (they can stand only inside strings there)
 * written as `\u` escapes: the same JSON value, safe to print.
 */
export function jsonVisible(json: string): string {
  INVISIBLE_IN_JSON.lastIndex = 0;
  return INVISIBLE_IN_JSON.test(json) ? json.replace(INVISIBLE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
