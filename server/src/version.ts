import packageJson from '../../package.json';

/** The extension's version, as the package manifest states it. */
export const version: string = packageJson.version;
