// Import list of package assets in assets of fatedier/frp (the import blocks of its non-test files; no code kept)
package assets

import (
	_ "io/fs"
	_ "net/http"
)
