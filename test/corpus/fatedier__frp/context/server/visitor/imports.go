// Import list of package visitor in server/visitor of fatedier/frp (the import blocks of its non-test files; no code kept)
package visitor

import (
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/util/net"
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "github.com/fatedier/golib/io"
	_ "io"
	_ "net"
	_ "slices"
	_ "sync"
)
