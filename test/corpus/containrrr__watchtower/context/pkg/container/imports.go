// Import list of package container in pkg/container of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package container

import (
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "github.com/containrrr/watchtower/internal/util"
	_ "github.com/containrrr/watchtower/pkg/registry"
	_ "github.com/containrrr/watchtower/pkg/registry/digest"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/docker/docker/api/types"
	_ "github.com/docker/docker/api/types/container"
	_ "github.com/docker/docker/api/types/filters"
	_ "github.com/docker/docker/api/types/network"
	_ "github.com/docker/docker/client"
	_ "github.com/docker/go-connections/nat"
	_ "github.com/sirupsen/logrus"
	_ "golang.org/x/net/context"
	_ "io"
	_ "os"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "time"
)
