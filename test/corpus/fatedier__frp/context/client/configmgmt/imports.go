// Import list of package configmgmt in client/configmgmt of fatedier/frp (the import blocks of its non-test files; no code kept)
package configmgmt

import (
	_ "errors"
	_ "github.com/fatedier/frp/client/proxy"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "time"
)
