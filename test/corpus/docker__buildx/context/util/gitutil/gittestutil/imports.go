// Import list of package gittestutil in util/gitutil/gittestutil of docker/buildx (the import blocks of its non-test files; no code kept)
package gittestutil

import (
	_ "context"
	_ "fmt"
	_ "github.com/docker/buildx/util/gitutil"
	_ "github.com/pkg/errors"
	_ "github.com/stretchr/testify/require"
	_ "net"
	_ "net/http"
	_ "os"
	_ "strings"
	_ "testing"
)
