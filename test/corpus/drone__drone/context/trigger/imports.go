// Import list of package trigger in trigger of drone/drone (the import blocks of its non-test files; no code kept)
package trigger

import (
	_ "context"
	_ "github.com/drone/drone-yaml/yaml"
	_ "github.com/drone/drone-yaml/yaml/converter"
	_ "github.com/drone/drone-yaml/yaml/linter"
	_ "github.com/drone/drone-yaml/yaml/signer"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/trigger/dag"
	_ "github.com/sirupsen/logrus"
	_ "runtime/debug"
	_ "strings"
	_ "time"
)
