// Import list of package daptest in util/daptest of docker/buildx (the import blocks of its non-test files; no code kept)
package daptest

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "github.com/docker/buildx/dap/common"
	_ "github.com/google/go-dap"
	_ "github.com/stretchr/testify/assert"
	_ "golang.org/x/sync/errgroup"
	_ "io"
	_ "sync"
	_ "sync/atomic"
	_ "testing"
)
