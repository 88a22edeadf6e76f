// Import list of package blob in internal/blob of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package blob

import (
	_ "context"
	_ "io"
)
