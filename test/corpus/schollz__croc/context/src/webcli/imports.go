// Import list of package webcli in src/webcli of schollz/croc (the import blocks of its non-test files; no code kept)
package webcli

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/schollz/croc/v11/internal/cli"
	_ "github.com/schollz/croc/v11/src/models"
	_ "github.com/schollz/croc/v11/src/publicrelay"
	_ "github.com/schollz/croc/v11/src/store"
	_ "github.com/schollz/croc/v11/src/version"
	_ "github.com/schollz/croc/v11/src/webassets"
	_ "github.com/schollz/croc/v11/src/webrelay"
	_ "github.com/schollz/logger"
	_ "net"
	_ "net/netip"
	_ "os"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "time"
)
