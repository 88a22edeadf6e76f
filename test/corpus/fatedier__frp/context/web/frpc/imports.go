// Import list of package frpc in web/frpc of fatedier/frp (the import blocks of its non-test files; no code kept)
package frpc

import (
	_ "embed"
	_ "github.com/fatedier/frp/assets"
)
