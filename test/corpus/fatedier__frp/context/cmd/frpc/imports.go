// Import list of package main in cmd/frpc of fatedier/frp (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/fatedier/frp/cmd/frpc/sub"
	_ "github.com/fatedier/frp/pkg/util/system"
	_ "github.com/fatedier/frp/web/frpc"
)
