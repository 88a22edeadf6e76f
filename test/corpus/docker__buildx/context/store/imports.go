// Import list of package store in store of docker/buildx (the import blocks of its non-test files; no code kept)
package store

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/containerd/platforms"
	_ "github.com/docker/buildx/localstate"
	_ "github.com/docker/buildx/util/confutil"
	_ "github.com/docker/buildx/util/platformutil"
	_ "github.com/docker/docker/pkg/namesgenerator"
	_ "github.com/gofrs/flock"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/pkg/errors"
	_ "github.com/sirupsen/logrus"
	_ "maps"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "time"
)
