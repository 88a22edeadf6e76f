// Import list of package webassets in src/webassets of schollz/croc (the import blocks of its non-test files; no code kept)
package webassets

import (
	_ "embed"
	_ "io/fs"
)
