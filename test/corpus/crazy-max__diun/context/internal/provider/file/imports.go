// Import list of package file in internal/provider/file of crazy-max/diun (the import blocks of its non-test files; no code kept)
package file

import (
	_ "bytes"
	_ "github.com/containerd/platforms"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/provider"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "gopkg.in/yaml.v3"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
