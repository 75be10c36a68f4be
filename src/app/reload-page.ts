/** Loads the page again from the server: the version deployed now. Its own module, so tests can stand in for it. */
export function reloadPage(): void {
  window.location.reload();
}
