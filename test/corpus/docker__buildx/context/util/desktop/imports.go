// Import list of package desktop in util/desktop of docker/buildx (the import blocks of its non-test files; no code kept)
package desktop

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/containerd/console"
	_ "github.com/pkg/errors"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "runtime"
	_ "sync"
)
