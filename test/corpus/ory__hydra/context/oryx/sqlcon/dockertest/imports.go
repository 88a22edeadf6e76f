// Import list of package dockertest in oryx/sqlcon/dockertest of ory/hydra (the import blocks of its non-test files; no code kept)
package dockertest

import (
	_ "cmp"
	_ "fmt"
	_ "github.com/cockroachdb/cockroach-go/v2/testserver"
	_ "github.com/moby/moby/client"
	_ "github.com/ory/dockertest/v4"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/stringsx"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "io"
	_ "os"
	_ "regexp"
	_ "strings"
	_ "testing"
	_ "time"
)
