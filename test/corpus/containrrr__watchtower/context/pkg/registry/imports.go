// Import list of package registry in pkg/registry of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package registry

import (
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "github.com/containrrr/watchtower/pkg/registry/helpers"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/distribution/reference"
	_ "github.com/docker/cli/cli/config"
	_ "github.com/docker/cli/cli/config/configfile"
	_ "github.com/docker/cli/cli/config/credentials"
	_ "github.com/docker/cli/cli/config/types"
	_ "github.com/docker/docker/api/types"
	_ "github.com/sirupsen/logrus"
	_ "os"
)
