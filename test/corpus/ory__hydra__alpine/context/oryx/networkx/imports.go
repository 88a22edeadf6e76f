// Import list of package networkx in oryx/networkx of ory/hydra (the import blocks of its non-test files; no code kept)
package networkx

import (
	_ "embed"
	_ "github.com/gofrs/uuid"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/configx"
	_ "github.com/ory/x/sqlcon"
	_ "github.com/pkg/errors"
	_ "net"
	_ "strings"
	_ "time"
)
