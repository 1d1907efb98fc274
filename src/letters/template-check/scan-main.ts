// Print the template findings for a folder as JSON. The template-placeholders rule runs this in a
// child process in the one case where it has not loaded the scanner itself (see that rule).
import { scanTemplates } from './scan.js';

process.stdout.write(JSON.stringify(scanTemplates(process.argv[2])));
