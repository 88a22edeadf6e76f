// Import list of package diskusage in src/diskusage of schollz/croc (the import blocks of its non-test files; no code kept)
package diskusage

import (
	_ "golang.org/x/sys/unix"
)
