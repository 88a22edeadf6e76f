// Import list of package runner in runner of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package runner

import (
	_ "errors"
	_ "fmt"
	_ "github.com/filebrowser/filebrowser/v2/settings"
	_ "github.com/filebrowser/filebrowser/v2/users"
	_ "github.com/flynn/go-shlex"
	_ "log"
	_ "os"
	_ "os/exec"
	_ "runtime"
	_ "strings"
	_ "unicode"
)
