// Import list of package ssh in pkg/ssh of fatedier/frp (the import blocks of its non-test files; no code kept)
package ssh

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/client/proxy"
	_ "github.com/fatedier/frp/pkg/config"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/frp/pkg/transport"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/pkg/util/net"
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "github.com/fatedier/frp/pkg/util/xlog"
	_ "github.com/fatedier/frp/pkg/virtual"
	_ "github.com/fatedier/golib/io"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "golang.org/x/crypto/ssh"
	_ "net"
	_ "os"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
