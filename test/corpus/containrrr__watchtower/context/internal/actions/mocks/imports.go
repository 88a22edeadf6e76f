// Import list of package mocks in internal/actions/mocks of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "errors"
	_ "fmt"
	_ "github.com/containrrr/watchtower/pkg/container"
	_ "github.com/containrrr/watchtower/pkg/session"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/docker/docker/api/types"
	_ "github.com/docker/docker/api/types/container"
	_ "github.com/docker/go-connections/nat"
	_ "strconv"
	_ "strings"
	_ "time"
)
