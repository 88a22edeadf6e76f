// Import list of package v1 in pkg/config/v1 of fatedier/frp (the import blocks of its non-test files; no code kept)
package v1

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/types"
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/frp/pkg/util/jsonx"
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "github.com/samber/lo"
	_ "maps"
	_ "os"
	_ "os/exec"
	_ "reflect"
	_ "slices"
	_ "strings"
)
