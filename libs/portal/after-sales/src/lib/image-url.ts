/**
 * A picture as a `data:` URL for an <img>. Not an object URL: the API's Content-Security-Policy
 * (helmet's default `img-src 'self' data:`) blocks `blob:` images, and a photo behind the token
 * cannot be a plain link either.
 */
export function imageUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
