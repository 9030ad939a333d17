/** `file` as the multipart field `file`, the one name every upload route of the back office reads. */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}
