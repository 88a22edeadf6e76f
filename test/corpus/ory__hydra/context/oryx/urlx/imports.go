// Import list of package urlx in oryx/urlx of ory/hydra (the import blocks of its non-test files; no code kept)
package urlx

import (
	_ "context"
	_ "github.com/ory/x/cmdx"
	_ "github.com/ory/x/logrusx"
	_ "github.com/pkg/errors"
	_ "net"
	_ "net/url"
	_ "path"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "time"
)
