// Import list of package sub in cmd/frpc/sub of fatedier/frp (the import blocks of its non-test files; no code kept)
package sub

import (
	_ "context"
	_ "fmt"
	_ "github.com/fatedier/frp/client"
	_ "github.com/fatedier/frp/pkg/config"
	_ "github.com/fatedier/frp/pkg/config/source"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/config/v1/validation"
	_ "github.com/fatedier/frp/pkg/nathole"
	_ "github.com/fatedier/frp/pkg/policy/featuregate"
	_ "github.com/fatedier/frp/pkg/policy/security"
	_ "github.com/fatedier/frp/pkg/sdk/client"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/pkg/util/version"
	_ "github.com/rodaine/table"
	_ "github.com/spf13/cobra"
	_ "io/fs"
	_ "os"
	_ "os/signal"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "time"
)
