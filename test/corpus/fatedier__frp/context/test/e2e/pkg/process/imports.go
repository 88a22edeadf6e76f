// Import list of package process in test/e2e/pkg/process of fatedier/frp (the import blocks of its non-test files; no code kept)
package process

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "os/exec"
	_ "strings"
	_ "sync"
	_ "time"
)
