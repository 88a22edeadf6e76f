// Import list of package registry in plugin/registry of drone/drone (the import blocks of its non-test files; no code kept)
package registry

import (
	_ "context"
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "encoding/base64"
	_ "errors"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone-go/plugin/registry"
	_ "github.com/drone/drone-go/plugin/secret"
	_ "github.com/drone/drone-yaml/yaml"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/logger"
	_ "github.com/drone/drone/plugin/registry/auths"
	_ "github.com/sirupsen/logrus"
	_ "time"
)
