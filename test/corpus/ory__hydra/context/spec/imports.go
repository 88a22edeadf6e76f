// Import list of package spec in spec of ory/hydra (the import blocks of its non-test files; no code kept)
package spec

import (
	_ "bytes"
	_ "embed"
	_ "github.com/gofrs/uuid"
	_ "github.com/ory/x/configx"
	_ "github.com/ory/x/logrusx"
	_ "github.com/ory/x/otelx"
	_ "github.com/pkg/errors"
	_ "github.com/tidwall/gjson"
	_ "io"
)
