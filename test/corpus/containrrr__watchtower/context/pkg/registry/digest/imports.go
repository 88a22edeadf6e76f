// Import list of package digest in pkg/registry/digest of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package digest

import (
	_ "crypto/tls"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/containrrr/watchtower/internal/meta"
	_ "github.com/containrrr/watchtower/pkg/registry/auth"
	_ "github.com/containrrr/watchtower/pkg/registry/manifest"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/sirupsen/logrus"
	_ "net"
	_ "net/http"
	_ "strings"
	_ "time"
)
