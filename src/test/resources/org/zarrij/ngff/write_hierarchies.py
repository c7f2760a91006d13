"""Writes OME-NGFF 0.4 hierarchies with zarr-python 2 (Zarr v2, nested chunk keys), attributes by hand.

Usage: write_hierarchies.py OUT_DIR  ->  OUT_DIR/image.zarr, OUT_DIR/plate.zarr, OUT_DIR/bf2raw.zarr
"""
import sys
import numpy as np
import zarr

out = sys.argv[1]


def axes(names):
    kinds = {"t": ("time", "second"), "c": ("channel", None)}
    result = []
    for n in names:
        kind, unit = kinds.get(n, ("space", "micrometer"))
        axis = {"name": n, "type": kind}
        if unit:
            axis["unit"] = unit
        result.append(axis)
    return result


def multiscale_image(group, names, shapes, dtype, name, pixel=0.5):
    """Levels "0", "1", ... of the given shapes; scales double on the downsampled (last two) axes."""
    datasets = []
    for level, shape in enumerate(shapes):
        data = (np.arange(np.prod(shape)) % 251).astype(dtype).reshape(shape)
        group.create_dataset(str(level), data=data, chunks=tuple(min(s, 8) for s in shape),
                             dimension_separator="/", overwrite=True)
        scale = [1.0] * (len(shape) - 2) + [pixel * 2 ** level] * 2
        datasets.append({"path": str(level), "coordinateTransformations": [{"type": "scale", "scale": scale}]})
    group.attrs["multiscales"] = [{
        "version": "0.4", "name": name, "axes": axes(names), "datasets": datasets,
        "type": "gaussian", "metadata": {"method": "numpy slicing"}}]


def image():
    root = zarr.open_group(out + "/image.zarr", mode="w")
    multiscale_image(root, "cyx", [(2, 32, 32), (2, 16, 16), (2, 8, 8)], "uint16", "image")
    root.attrs["omero"] = {"version": "0.4", "channels": [
        {"label": "DAPI", "color": "0000FF", "active": True,
         "window": {"start": 0, "end": 1500, "min": 0, "max": 65535}},
        {"label": "GFP", "color": "00FF00", "active": True,
         "window": {"start": 0, "end": 900, "min": 0, "max": 65535}}],
        "rdefs": {"defaultT": 0, "defaultZ": 0, "model": "color"}}
    labels = root.create_group("labels")
    labels.attrs["labels"] = ["cells"]
    cells = labels.create_group("cells")
    multiscale_image(cells, "cyx", [(1, 32, 32), (1, 16, 16), (1, 8, 8)], "uint32", "cells")
    cells.attrs["image-label"] = {"version": "0.4", "colors": [
        {"label-value": 0, "rgba": [0, 0, 0, 0]}, {"label-value": 1, "rgba": [255, 0, 0, 255]}],
        "properties": [{"label-value": 1, "class": "cell"}], "source": {"image": "../../"}}


def plate():
    root = zarr.open_group(out + "/plate.zarr", mode="w")
    wells = [("A", "1", 0, 0), ("B", "2", 1, 1)]
    root.attrs["plate"] = {
        "version": "0.4", "name": "plate", "field_count": 1,
        "acquisitions": [{"id": 0, "name": "first", "maximumfieldcount": 1},
                         {"id": 1, "name": "second", "maximumfieldcount": 1}],
        "rows": [{"name": "A"}, {"name": "B"}], "columns": [{"name": "1"}, {"name": "2"}],
        "wells": [{"path": r + "/" + c, "rowIndex": ri, "columnIndex": ci} for r, c, ri, ci in wells]}
    for r, c, _, _ in wells:
        well = root.require_group(r).create_group(c)
        well.attrs["well"] = {"version": "0.4", "images": [{"acquisition": 0, "path": "0"},
                                                           {"acquisition": 1, "path": "1"}]}
        for field in ("0", "1"):
            multiscale_image(well.create_group(field), "yx", [(16, 16), (8, 8)], "uint8", "field " + field)


def bf2raw():
    root = zarr.open_group(out + "/bf2raw.zarr", mode="w")
    root.attrs["bioformats2raw.layout"] = 3
    ome = root.create_group("OME")
    ome.attrs["series"] = ["0", "1"]
    with open(out + "/bf2raw.zarr/OME/METADATA.ome.xml", "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">'
                '<Image ID="Image:0"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint8" SizeX="16" SizeY="16" '
                'SizeZ="1" SizeC="1" SizeT="1"><MetadataOnly/></Pixels></Image>'
                '<Image ID="Image:1"><Pixels ID="Pixels:1" DimensionOrder="XYZCT" Type="uint8" SizeX="16" SizeY="16" '
                'SizeZ="1" SizeC="1" SizeT="1"><MetadataOnly/></Pixels></Image></OME>\n')
    for series in ("0", "1"):
        multiscale_image(root.create_group(series), "yx", [(16, 16), (8, 8)], "uint8", "series " + series)


image()
plate()
bf2raw()
print("ok")
