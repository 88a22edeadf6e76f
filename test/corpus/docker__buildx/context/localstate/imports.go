// Import list of package localstate in localstate of docker/buildx (the import blocks of its non-test files; no code kept)
package localstate

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/docker/buildx/util/confutil"
	_ "github.com/pkg/errors"
	_ "golang.org/x/sync/errgroup"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "sync"
)
