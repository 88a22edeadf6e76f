// Import list of package diagnostic in diagnostic/network of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package diagnostic

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "os/exec"
	_ "strconv"
	_ "strings"
	_ "time"
)
