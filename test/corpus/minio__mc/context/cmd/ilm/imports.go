// Import list of package ilm in cmd/ilm of minio/mc (the import blocks of its non-test files; no code kept)
package ilm

import (
	_ "errors"
	_ "fmt"
	_ "github.com/dustin/go-humanize"
	_ "github.com/jedib0t/go-pretty/v6/table"
	_ "github.com/minio/cli"
	_ "github.com/minio/mc/pkg/probe"
	_ "github.com/minio/minio-go/v7/pkg/lifecycle"
	_ "github.com/rs/xid"
	_ "math"
	_ "strconv"
	_ "strings"
	_ "time"
)
