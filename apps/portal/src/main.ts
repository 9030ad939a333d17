import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

// reportError hands the failure to the browser's own error reporting (console, error listeners).
bootstrapApplication(App, appConfig).catch((error: unknown) => reportError(error));
