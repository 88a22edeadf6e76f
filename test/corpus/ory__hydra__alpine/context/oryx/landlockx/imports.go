// Import list of package landlockx in oryx/landlockx of ory/hydra (the import blocks of its non-test files; no code kept)
package landlockx

import (
	_ "github.com/landlock-lsm/go-landlock/landlock"
	_ "github.com/landlock-lsm/go-landlock/landlock/syscall"
	_ "github.com/ory/x/logrusx"
	_ "github.com/ory/x/sqlxx"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
