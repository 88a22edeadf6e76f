// Import list of package auto in lib/api/auto of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package auto

import (
	_ "bytes"
	_ "compress/gzip"
	_ "github.com/syncthing/syncthing/lib/assets"
)
