// The page's entry is tiny on purpose: it starts the simulation worker and the holidays of the
// scenario in the address (early-start.ts) as soon as the HTML is read, then imports the app,
// whose chunks (and their modulepreloads) are fetched meanwhile. Importing the app statically
// here made all of this wait for the app's ~140 kB (gz) and its libraries to arrive and run.
import './ui/app/early-start.ts';
import('./ui/app/define.ts').catch((error: unknown) => {
  // The app's code did not arrive (offline, a new build replaced it): say so on the page.
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = `The app could not be loaded (${message}). Reload the page.`;
});
