// Import list of package frps in web/frps of fatedier/frp (the import blocks of its non-test files; no code kept)
package frps

import (
	_ "embed"
	_ "github.com/fatedier/frp/assets"
)
