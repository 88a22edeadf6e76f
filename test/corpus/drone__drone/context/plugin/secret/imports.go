// Import list of package secret in plugin/secret of drone/drone (the import blocks of its non-test files; no code kept)
package secret

import (
	_ "context"
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "encoding/base64"
	_ "errors"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone-go/plugin/secret"
	_ "github.com/drone/drone-yaml/yaml"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/logger"
	_ "strings"
	_ "time"
)
