// Import list of package legacy in pkg/config/legacy of fatedier/frp (the import blocks of its non-test files; no code kept)
package legacy

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/auth/legacy"
	_ "github.com/fatedier/frp/pkg/config/types"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "github.com/samber/lo"
	_ "gopkg.in/ini.v1"
	_ "os"
	_ "path/filepath"
	_ "reflect"
	_ "slices"
	_ "strings"
	_ "text/template"
)
