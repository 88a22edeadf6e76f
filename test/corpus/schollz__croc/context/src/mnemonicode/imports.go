// Import list of package mnemonicode in src/mnemonicode of schollz/croc (the import blocks of its non-test files; no code kept)
package mnemonicode

import (
)
