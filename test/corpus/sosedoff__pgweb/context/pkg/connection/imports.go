// Import list of package connection in pkg/connection of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package connection

import (
	_ "errors"
	_ "fmt"
	_ "github.com/jackc/pgpassfile"
	_ "github.com/sosedoff/pgweb/pkg/command"
	_ "net"
	_ "net/url"
	_ "os"
	_ "os/user"
	_ "strconv"
	_ "strings"
)
