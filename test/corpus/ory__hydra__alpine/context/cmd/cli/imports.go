// Import list of package cli in cmd/cli of ory/hydra (the import blocks of its non-test files; no code kept)
package cli

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/ory/hydra/v2/driver"
	_ "github.com/ory/hydra/v2/driver/config"
	_ "github.com/ory/hydra/v2/persistence"
	_ "github.com/ory/hydra/v2/persistence/sql"
	_ "github.com/ory/x/cmdx"
	_ "github.com/ory/x/configx"
	_ "github.com/ory/x/flagx"
	_ "github.com/ory/x/popx"
	_ "github.com/pkg/errors"
	_ "github.com/sawadashota/encrypta"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "net/http"
	_ "time"
)
