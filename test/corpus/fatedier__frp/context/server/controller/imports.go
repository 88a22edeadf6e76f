// Import list of package controller in server/controller of fatedier/frp (the import blocks of its non-test files; no code kept)
package controller

import (
	_ "github.com/fatedier/frp/pkg/nathole"
	_ "github.com/fatedier/frp/pkg/plugin/server"
	_ "github.com/fatedier/frp/pkg/util/tcpmux"
	_ "github.com/fatedier/frp/pkg/util/vhost"
	_ "github.com/fatedier/frp/server/group"
	_ "github.com/fatedier/frp/server/ports"
	_ "github.com/fatedier/frp/server/visitor"
)
